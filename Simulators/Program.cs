using Gateway.Simulators.Fix;

namespace Gateway.Simulators;

/// <summary>
/// Standalone entry point: <c>dotnet run --project Simulators -- fix --port 9878 --begin-string FIX.4.4 ...</c>.
/// Exit codes: 0 after Ctrl+C, 1 when the simulator cannot start, 2 on bad arguments (with the usage text).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "fix")
        {
            Console.Error.WriteLine(args.Length == 0 ? "no simulator named" : $"unknown simulator '{args[0]}'");
            Console.Error.WriteLine(FixCommandLine.Usage);
            return 2;
        }

        if (!FixCommandLine.TryParse(args[1..], out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(FixCommandLine.Usage);
            return 2;
        }

        return RunFix(options);
    }

    private static int RunFix(FixVenueSimulatorOptions options)
    {
        using var stop = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Set();
        };
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM,
            c =>
            {
                c.Cancel = true;
                stop.Set();
            });

        FixVenueSimulator simulator;
        try
        {
            simulator = FixVenueSimulator.Start(options with { OnError = e => Console.Error.WriteLine(e) });
        }
        catch (Exception e) when (e is ArgumentException or IOException or System.Net.Sockets.SocketException
                                       or Sessions.Fix.Config.SettingsException)
        {
            Console.Error.WriteLine($"cannot start: {e.Message}");
            return 1;
        }

        using (simulator)
        {
            Console.WriteLine($"FIX venue simulator listening on port {string.Join(",", simulator.Ports)}");
            foreach (var session in simulator.Sessions)
            {
                Console.WriteLine($"  session {session.Id}");
            }

            foreach (var (symbol, price) in simulator.Symbols())
            {
                Console.WriteLine($"  {symbol} reference {price}");
            }

            Console.Out.Flush();
            stop.Wait();
            Console.WriteLine($"summary: {simulator.Counters}");
        }

        return 0;
    }
}
