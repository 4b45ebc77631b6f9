using Gateway.Config;
using Gateway.Hosting;
using Serilog;

namespace Gateway.Certification;

/// <summary>
/// <c>Gateway certify --venue NAME --scenarios FILE [--config FILE] [--report DIR] [--case ID...]</c>: runs a
/// scenario set through the gateway against one venue, prints a line per case and a summary, and writes the reports.
/// Exit 0 when every case passed (skipped ones say why), 1 when one failed or the run could not start, 2 for a bad
/// command line or scenario file.
/// </summary>
public static class CertifyCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        var (options, cases) = Parse(args);
        ScenarioSet set;
        try
        {
            set = ScenarioParser.Load(options.Scenarios);
        }
        catch (Exception e) when (e is ScenarioFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Cannot use the scenario file: {e.Message}");
            return 2;
        }

        Directory.CreateDirectory(options.Report);
        var logPath = Path.Combine(options.Report, "gateway.log");
        using var log = new LoggerConfiguration().MinimumLevel.Information()
            .WriteTo.File(logPath, outputTemplate: HostLogging.OutputTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
        using var shutdown = new ShutdownSignal();
        var data = Path.Combine(Path.GetTempPath(), "gateway-certify-" + Guid.NewGuid().ToString("N"));
        try
        {
            Console.Out.WriteLine($"Certifying venue {options.Venue} with {set.Name} ({set.Cases.Count} cases); gateway log: {logPath}");
            using var session = options.Config is null
                ? CertificationSession.Embedded(options.Venue, data, log)
                : CertificationSession.FromConfig(GatewayConfigLoader.Load(options.Config), options.Venue, $"venue of {options.Config}", log);
            var run = session.Run(set, new CertificationRunnerOptions { Cases = cases, Progress = Console.Out }, shutdown.Token);
            foreach (var file in CertificationReports.WriteAll(run, options.Report))
            {
                Console.Out.WriteLine($"report: {file}");
            }

            return run.AllPassed ? 0 : 1;
        }
        catch (Exception e) when (e is CertificationSetupException or GatewayConfigException or IOException)
        {
            Console.Error.WriteLine($"Cannot certify: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Stopped before the last case: no report written");
            return 1;
        }
        finally
        {
            TryDelete(data);
        }
    }

    private static (CertifyOptions Options, HashSet<string> Cases) Parse(IReadOnlyList<string> args)
    {
        // --case takes every id up to the next option; the rest is CommandArguments' ordinary --name value.
        var cases = new HashSet<string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--case")
            {
                while (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    cases.Add(args[++i]);
                }

                if (cases.Count == 0)
                {
                    throw new UsageException("'--case' needs one or more case ids");
                }
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        var a = new CommandArguments(rest);
        var venue = a.GetString("venue", "");
        var scenarios = a.GetString("scenarios", "");
        if (venue.Length == 0 || scenarios.Length == 0)
        {
            throw new UsageException("certify needs --venue NAME and --scenarios FILE");
        }

        var config = a.Has("config") ? a.GetString("config", "") : null;
        return (new CertifyOptions(venue, scenarios, config, a.GetString("report", "certification-report")), cases);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private sealed record CertifyOptions(string Venue, string Scenarios, string? Config, string Report);
}
