using System.Text;

namespace Gateway.System.Tests.Peers;

/// <summary>
/// The session settings file a QuickFIX C++ acceptor reads: one [DEFAULT] with everything common and one
/// [SESSION] per client CompID.
/// </summary>
public static class QuickFixSessionConfig
{
    public static string Render(QuickFixPeerOptions options, int port, string storeDirectory)
    {
        var text = new StringBuilder();
        text.AppendLine("[DEFAULT]");
        text.AppendLine("ConnectionType=acceptor");
        // QuickFIX 1.15.1 has no listen-address setting: it binds every interface. Tests connect on loopback.
        text.AppendLine($"SocketAcceptPort={port}");
        text.AppendLine("SocketReuseAddress=Y");
        text.AppendLine("SocketNodelay=Y");
        // Start equal to end: the session is always in its schedule.
        text.AppendLine("StartTime=00:00:00");
        text.AppendLine("EndTime=00:00:00");
        text.AppendLine($"FileStorePath={storeDirectory}");
        // Debian ships no FIX data dictionary XML for the examples, so the peer does not validate fields.
        text.AppendLine("UseDataDictionary=N");
        text.AppendLine("ValidateLengthAndChecksum=Y");
        text.AppendLine($"SenderCompID={options.SenderCompId}");
        text.AppendLine($"BeginString={options.BeginString}");
        if (options.BeginString == "FIXT.1.1")
        {
            text.AppendLine($"DefaultApplVerID={options.DefaultApplVerId}");
        }

        foreach ((string key, string value) in options.ExtraSettings)
        {
            text.AppendLine($"{key}={value}");
        }

        foreach (string target in options.TargetCompIds)
        {
            text.AppendLine();
            text.AppendLine("[SESSION]");
            text.AppendLine($"TargetCompID={target}");
        }

        return text.ToString();
    }
}
