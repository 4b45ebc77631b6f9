using System.Globalization;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;
using Gateway.System.Tests.Infrastructure;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// Our initiator in a process of its own, for the kill -9 test: the engine on its own thread (FixEngine.Start) with
/// the settings file it is given, sending one limit order after another, each as soon as the previous one is
/// filled, and printing what happens on stdout, one line each:
/// <code>
/// logon out=2 in=2      logged on, with the session's next sequence numbers
/// fill K7 seq=8         the fill of order K7 arrived with MsgSeqNum 8
/// </code>
/// It runs until it is killed; it never disposes anything, and exits by itself after a while in case nobody kills it.
/// </summary>
internal static class InitiatorChild
{
    public const string ConfigVariable = "GATEWAY_INTEROP_INITIATOR_CHILD_CONFIG";

    private const int MaxOrders = 5_000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>Starts this test assembly as the child, in its own process group, running <paramref name="configPath"/>.</summary>
    public static BackgroundProcess Start(string configPath)
    {
        string assembly = typeof(InitiatorChild).Assembly.Location;
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return BackgroundProcess.Start(
            dotnet,
            [assembly, configPath],
            shellCommand: $"DOTNET_STARTUP_HOOKS=\"$1\" {ConfigVariable}=\"$2\" exec \"$0\" exec \"$1\" </dev/null");
    }

    public static void Run(string configPath)
    {
        TextWriter stdout = Console.Out;
        int ordersSent = 0;

        void Print(string line)
        {
            stdout.WriteLine(line);
            stdout.Flush();
        }

        void SendNextOrder(FixSession session)
        {
            if (ordersSent == MaxOrders)
            {
                return;
            }

            ordersSent++;
            var body = new TextBody(Orders.LimitOrder(string.Create(CultureInfo.InvariantCulture, $"K{ordersSent}")));
            FixSendStatus status = session.TrySend("D"u8, ref body);
            if (status != FixSendStatus.Sent)
            {
                Print($"send K{ordersSent} {status}");
            }
        }

        var application = new InteropApplication
        {
            LoggedOn = session =>
            {
                Print(string.Create(CultureInfo.InvariantCulture, $"logon out={session.NextSenderMsgSeqNum} in={session.NextTargetMsgSeqNum}"));
                SendNextOrder(session);
            },
            AppReceived = (session, message) =>
            {
                if (message.MsgType == "8")
                {
                    Print(string.Create(CultureInfo.InvariantCulture, $"fill {message.Field(11)} seq={message.SeqNum}"));
                    SendNextOrder(session);
                }
            },
        };

        FixEngine.Start(new FixEngineOptions
        {
            Settings = QuickFixSettingsFile.Load(configPath),
            Application = application,
            BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(configPath)),
            OnError = error => Print("error " + error),
        });

        // Never disposed: only SIGKILL (or the lifetime running out, if the parent failed) ends this process.
        Thread.Sleep(Lifetime);
        Print("lifetime over");
        Environment.Exit(3);
    }
}
