using System.Globalization;
using System.Text;
using Gateway.Sessions.Fix.Config;

namespace Gateway.Demo;

/// <summary>
/// The demo's two QuickFIX settings files, written as a user would write them: the venue accepts one FIX 4.4
/// session (VENUE ⇐ STRATEGY) on a free loopback port; the strategy connects to it. File stores and message logs
/// go to the run's folder.
/// </summary>
public static class DemoSettings
{
    public const string StrategyCompId = "STRATEGY";
    public const string VenueCompId = "VENUE";

    public static QuickFixSettingsFile Venue(DemoOptions options, string? dictionaryPath) =>
        QuickFixSettingsFile.Parse(
            Defaults(options, dictionaryPath, "venue", cpu: 1)
            + $"""
              [SESSION]
              ConnectionType=acceptor
              SenderCompID={VenueCompId}
              TargetCompID={StrategyCompId}
              SocketAcceptHost=127.0.0.1
              SocketAcceptPort=0

              """,
            "demo-venue.cfg");

    public static QuickFixSettingsFile Strategy(DemoOptions options, string? dictionaryPath, int venuePort) =>
        QuickFixSettingsFile.Parse(
            Defaults(options, dictionaryPath, "strategy", cpu: 0)
            + $"""
              [SESSION]
              ConnectionType=initiator
              SenderCompID={StrategyCompId}
              TargetCompID={VenueCompId}
              SocketConnectHost=127.0.0.1
              SocketConnectPort={venuePort.ToString(CultureInfo.InvariantCulture)}
              ReconnectInterval=1
              HeartBtInt=30

              """,
            "demo-strategy.cfg");

    private static string Defaults(DemoOptions options, string? dictionaryPath, string side, int cpu)
    {
        var text = new StringBuilder();
        text.AppendLine("[DEFAULT]");
        text.AppendLine("BeginString=FIX.4.4");
        text.AppendLine("NonStopSession=Y");
        text.AppendLine($"FileStorePath={side}-store");
        text.AppendLine($"FileLogPath={side}-log");
        text.AppendLine($"IdleStrategy={(options.Idle == DemoIdle.Spin ? "BusySpin" : "Backoff")}");
        if (options.Pin)
        {
            text.AppendLine($"Cpu={cpu.ToString(CultureInfo.InvariantCulture)}");
        }

        if (dictionaryPath is null)
        {
            text.AppendLine("UseDataDictionary=N");
        }
        else
        {
            text.AppendLine("UseDataDictionary=Y");
            text.AppendLine($"DataDictionary={dictionaryPath}");
        }

        return text.ToString();
    }
}
