using System.Text;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;
using Gateway.System.Tests.Infrastructure;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// Our FIX engine as the initiator, built without its thread and stepped by the test (the engine's "test steps it
/// by hand" threading mode): every session call, sends included, happens on the test thread between duty cycles,
/// so the test reads sequence numbers and counters without races. The sockets and the peer are real.
/// </summary>
internal sealed class SteppedInitiator : IDisposable
{
    private SteppedInitiator(FixEngine engine, InteropApplication application, string directory)
    {
        Engine = engine;
        Application = application;
        Directory = directory;
    }

    public FixEngine Engine { get; }

    public InteropApplication Application { get; }

    /// <summary>Holds initiator.cfg and, as configured, the store and log folders.</summary>
    public string Directory { get; }

    public string ConfigPath => Path.Combine(Directory, "initiator.cfg");

    /// <summary>The first (or only) session.</summary>
    public FixSession Session => Engine.Sessions[0];

    public static SteppedInitiator Create(InitiatorConfig config, string directory, InteropApplication? application = null)
    {
        string path = config.WriteTo(directory);
        application ??= new InteropApplication();
        var engine = FixEngine.Create(new FixEngineOptions
        {
            Settings = QuickFixSettingsFile.Load(path),
            Application = application,
            BaseDirectory = directory,
        });
        return new SteppedInitiator(engine, application, directory);
    }

    /// <summary>The session whose SenderCompID is <paramref name="senderCompId"/>.</summary>
    public FixSession SessionOf(string senderCompId) =>
        Engine.Sessions.Single(s => s.Id.SenderCompID == senderCompId);

    /// <summary>
    /// Steps the engine until <paramref name="condition"/> holds; at the deadline throws a <see cref="TimeoutException"/>
    /// naming <paramref name="what"/> with our received messages and <paramref name="details"/> (the peer's log).
    /// </summary>
    public void RunUntil(Func<bool> condition, TimeSpan timeout, CancellationToken cancellation, string what, Func<string>? details = null)
    {
        var deadline = Deadline.After(timeout);
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            int work = Engine.DoWork();
            if (condition())
            {
                return;
            }

            if (deadline.HasPassed)
            {
                throw new TimeoutException(
                    $"timed out after {timeout.TotalSeconds:0.#} s waiting for {what}{Environment.NewLine}{Describe()}" +
                    (details is null ? "" : Environment.NewLine + details()));
            }

            // The engine's idle strategy, by hand: a quiet cycle gives the peer a millisecond.
            if (work == 0)
            {
                cancellation.WaitHandle.WaitOne(1);
            }
        }
    }

    /// <summary>Sends an application (or admin) message with the body as text; fails unless the session sent it.</summary>
    public void Send(FixSession session, string msgType, string body)
    {
        var text = new TextBody(body);
        FixSendStatus status = session.TrySend(Encoding.ASCII.GetBytes(msgType), ref text);
        if (status != FixSendStatus.Sent)
        {
            throw new InvalidOperationException($"{session.Id}: sending 35={msgType} {body} returned {status}{Environment.NewLine}{Describe()}");
        }
    }

    /// <summary>Steps until <paramref name="session"/> has received a message that matches; returns the first.</summary>
    public ReceivedMessage Await(
        FixSession session, Func<ReceivedMessage, bool> match, TimeSpan timeout, CancellationToken cancellation, string what,
        Func<string>? details = null)
    {
        string name = session.Id.SenderCompID;
        bool Matches(ReceivedMessage m) => m.Session == name && match(m);
        RunUntil(() => Application.Has(Matches), timeout, cancellation, what, details);
        return Application.Where(Matches)[0];
    }

    /// <summary>Steps until the session is logged on.</summary>
    public void AwaitLogon(FixSession session, TimeSpan timeout, CancellationToken cancellation, Func<string>? details = null) =>
        RunUntil(() => session.IsLoggedOn, timeout, cancellation, $"{session.Id} to log on", details);

    /// <summary>
    /// Logs out and steps until the session has received the peer's Logout and dropped the connection (both ways
    /// clean); returns the peer's Logout.
    /// </summary>
    public ReceivedMessage LogOut(FixSession session, TimeSpan timeout, CancellationToken cancellation, Func<string>? details = null)
    {
        int before = Application.Where(m => m.Session == session.Id.SenderCompID && m.MsgType == "5").Count;
        session.Logout();
        RunUntil(
            () => !session.HasConnection
                && Application.Where(m => m.Session == session.Id.SenderCompID && m.MsgType == "5").Count > before,
            timeout,
            cancellation,
            $"{session.Id} to log out (Logout both ways, then disconnect)",
            details);
        return Application.Where(m => m.Session == session.Id.SenderCompID && m.MsgType == "5")[before];
    }

    /// <summary>Our side: sequence numbers, counters, what we received, and our message log files.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (FixSession session in Engine.Sessions)
        {
            text.AppendLine(
                $"{session.Id}: logged on {session.IsLoggedOn}, connected {session.HasConnection}, " +
                $"next out {session.NextSenderMsgSeqNum}, next in {session.NextTargetMsgSeqNum}; counters: {Counters(session)}");
        }

        text.Append(Application.Describe());
        string logs = Path.Combine(Directory, "log");
        if (global::System.IO.Directory.Exists(logs))
        {
            foreach (string file in global::System.IO.Directory.GetFiles(logs))
            {
                text.AppendLine($"---- {file}").AppendLine(ReadShared(file));
            }
        }

        return text.ToString();
    }

    public void Dispose() => Engine.Dispose();

    internal static string Counters(FixSession session) =>
        string.Join(", ", Enum.GetValues<FixSessionCounter>().Where(c => session.Counters[c] != 0).Select(c => $"{c}={session.Counters[c]}"));

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
