using Gateway.Simulators.Fix;
using Gateway.Simulators.Ouch;

namespace Gateway.Simulators;

/// <summary>
/// Standalone entry point: <c>dotnet run --project Simulators -- fix --port 9878 --begin-string FIX.4.4 ...</c> or
/// <c>... -- ouch --dialect 42 --port 15000 --user U --password P ...</c>.
/// Exit codes: 0 after Ctrl+C, 1 when the simulator cannot start, 2 on bad arguments (with the usage text).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        switch (args.Length == 0 ? "" : args[0])
        {
            case "fix":
                if (!FixCommandLine.TryParse(args[1..], out var fix, out var fixError))
                {
                    return BadArguments(fixError, FixCommandLine.Usage);
                }

                return RunFix(fix);
            case "ouch":
                if (!OuchCommandLine.TryParse(args[1..], out var ouch, out var ouchError))
                {
                    return BadArguments(ouchError, OuchCommandLine.Usage);
                }

                return RunOuch(ouch);
            default:
                return BadArguments(args.Length == 0 ? "no simulator named" : $"unknown simulator '{args[0]}'",
                    FixCommandLine.Usage + Environment.NewLine + OuchCommandLine.Usage);
        }
    }

    private static int BadArguments(string error, string usage)
    {
        Console.Error.WriteLine(error);
        Console.Error.WriteLine(usage);
        return 2;
    }

    private static int RunFix(FixVenueSimulatorOptions options)
    {
        using var stop = StopSignal(out var registrations);
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

        using (registrations)
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

    private static int RunOuch(OuchVenueSimulatorOptions options)
    {
        using var stop = StopSignal(out var registrations);
        OuchVenueSimulator simulator;
        try
        {
            simulator = OuchVenueSimulator.Start(options with { OnError = e => Console.Error.WriteLine(e) });
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or System.Net.Sockets.SocketException)
        {
            Console.Error.WriteLine($"cannot start: {e.Message}");
            return 1;
        }

        using (registrations)
        using (simulator)
        {
            Console.WriteLine($"OUCH {(int)options.Dialect / 10}.{(int)options.Dialect % 10} venue simulator listening on port {simulator.Port}");
            foreach (var login in options.Logins)
            {
                Console.WriteLine($"  login {login.Username} session {options.Session}");
            }

            foreach (var (symbol, price) in options.Symbols)
            {
                Console.WriteLine($"  {symbol} reference {price}");
            }

            Console.Out.Flush();
            stop.Wait();
            Console.WriteLine($"summary: {simulator.Counters}");
        }

        return 0;
    }

    /// <summary>Set by Ctrl+C or SIGTERM.</summary>
    private static ManualResetEventSlim StopSignal(out IDisposable registrations)
    {
        var stop = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Set();
        };
        registrations = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM,
            c =>
            {
                c.Cancel = true;
                stop.Set();
            });
        return stop;
    }
}
