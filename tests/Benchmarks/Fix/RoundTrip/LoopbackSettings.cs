using System.Globalization;
using System.Text;
using Gateway.Sessions.Fix.Config;

namespace Gateway.Benchmarks.Fix.RoundTrip;

/// <summary>
/// The two .cfg files of a loopback pair, as a user would write them: one FIX 4.4 session each way (CLIENT01 ⇄
/// GATEWAY), non-stop, validated with FIX44.xml; store and log paths relative to the pair's temporary folder.
/// </summary>
public static class LoopbackSettings
{
    public const string ClientCompId = "CLIENT01";
    public const string GatewayCompId = "GATEWAY";

    public static QuickFixSettingsFile Acceptor(RoundTripOptions options) =>
        QuickFixSettingsFile.Parse(
            Defaults(options, "acceptor", cpu: 1)
            + $"""
              [SESSION]
              ConnectionType=acceptor
              SenderCompID={GatewayCompId}
              TargetCompID={ClientCompId}
              SocketAcceptHost=127.0.0.1
              SocketAcceptPort=0

              """,
            "loopback-acceptor.cfg");

    public static QuickFixSettingsFile Initiator(RoundTripOptions options, int acceptorPort) =>
        QuickFixSettingsFile.Parse(
            Defaults(options, "initiator", cpu: 0)
            + $"""
              [SESSION]
              ConnectionType=initiator
              SenderCompID={ClientCompId}
              TargetCompID={GatewayCompId}
              SocketConnectHost=127.0.0.1
              SocketConnectPort={acceptorPort.ToString(CultureInfo.InvariantCulture)}
              ReconnectInterval=1
              HeartBtInt=30

              """,
            "loopback-initiator.cfg");

    private static string Defaults(RoundTripOptions options, string side, int cpu)
    {
        var text = new StringBuilder();
        text.AppendLine("[DEFAULT]");
        text.AppendLine("BeginString=FIX.4.4");
        text.AppendLine("NonStopSession=Y");
        text.AppendLine("UseDataDictionary=Y");
        text.AppendLine($"DataDictionary={options.DataDictionaryPath}");
        text.AppendLine($"IdleStrategy={(options.Idle == EngineIdle.Spin ? "BusySpin" : SettingNames.IdleStrategyDefault)}");
        if (options.Pin)
        {
            text.AppendLine($"Cpu={cpu.ToString(CultureInfo.InvariantCulture)}");
        }

        if (options.Store == StoreKind.File)
        {
            text.AppendLine($"FileStorePath={side}-store");
        }

        if (options.MessageLog)
        {
            text.AppendLine($"FileLogPath={side}-log");
        }

        return text.ToString();
    }
}
