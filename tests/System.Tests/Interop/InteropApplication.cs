using System.Text;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// The application behind our initiator in the interop tests: records every message each session received, admin and
/// application; optional hooks let a test or the child process act on the engine thread. Readers on other threads
/// go through the lock.
/// </summary>
internal sealed class InteropApplication : IFixApplication
{
    private readonly Lock _gate = new();
    private readonly List<ReceivedMessage> _received = [];

    /// <summary>Called on the engine thread when a session has logged on.</summary>
    public Action<FixSession>? LoggedOn { get; init; }

    /// <summary>Called on the engine thread with each application message.</summary>
    public Action<FixSession, ReceivedMessage>? AppReceived { get; init; }

    public IReadOnlyList<ReceivedMessage> Received
    {
        get
        {
            lock (_gate)
            {
                return _received.ToArray();
            }
        }
    }

    /// <summary>The received messages that match, in arrival order.</summary>
    public IReadOnlyList<ReceivedMessage> Where(Func<ReceivedMessage, bool> match)
    {
        lock (_gate)
        {
            return _received.Where(match).ToArray();
        }
    }

    public bool Has(Func<ReceivedMessage, bool> match)
    {
        lock (_gate)
        {
            return _received.Exists(m => match(m));
        }
    }

    /// <summary>Every received message, one a line: for failure messages.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            var text = new StringBuilder();
            text.AppendLine($"our sessions received {_received.Count} messages:");
            foreach (ReceivedMessage message in _received)
            {
                text.AppendLine(message.ToString());
            }

            return text.ToString();
        }
    }

    public void OnCreate(FixSession session)
    {
    }

    public void OnLogon(FixSession session) => LoggedOn?.Invoke(session);

    public void OnLogout(FixSession session)
    {
    }

    public FixAppResult FromAdmin(FixSession session, in FixMessage message)
    {
        Record(session, in message);
        return FixAppResult.Accepted;
    }

    public FixAppResult FromApp(FixSession session, in FixMessage message)
    {
        ReceivedMessage received = Record(session, in message);
        AppReceived?.Invoke(session, received);
        return FixAppResult.Accepted;
    }

    private ReceivedMessage Record(FixSession session, in FixMessage message)
    {
        var received = new ReceivedMessage(session.Id.SenderCompID, Encoding.Latin1.GetString(message.Frame).Replace('\u0001', '|'));
        lock (_gate)
        {
            _received.Add(received);
        }

        return received;
    }
}
