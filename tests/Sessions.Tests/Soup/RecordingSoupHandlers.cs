using System.Text;
using Gateway.Sessions.Soup;

namespace Gateway.Sessions.Tests.Soup;

internal sealed class RecordingClientHandler : ISoupClientHandler
{
    public List<string> Events { get; } = [];

    public List<(long Sequence, string Message)> Messages { get; } = [];

    public bool Record { get; set; } = true;

    public long Count { get; private set; }

    public void OnLoginAccepted(ReadOnlySpan<byte> session, long nextSequence) =>
        Events.Add($"accepted {Encoding.ASCII.GetString(session)} {nextSequence}");

    public void OnLoginRejected(SoupLoginRejectReason reason) => Events.Add($"rejected {reason}");

    public void OnSequencedData(long sequence, ReadOnlySpan<byte> message)
    {
        Count++;
        if (Record)
        {
            Messages.Add((sequence, Encoding.ASCII.GetString(message)));
        }
    }

    public void OnEndOfSession() => Events.Add("end of session");

    public void OnDisconnected() => Events.Add("disconnected");
}

internal sealed class RecordingServerHandler : ISoupServerHandler
{
    public List<string> Events { get; } = [];

    public List<string> Messages { get; } = [];

    /// <summary>When set, every unsequenced message is answered with a sequenced echo.</summary>
    public SoupServerSession? EchoThrough { get; set; }

    public void OnLogin(long nextSequence) => Events.Add($"login {nextSequence}");

    public void OnUnsequencedData(ReadOnlySpan<byte> message)
    {
        Messages.Add(Encoding.ASCII.GetString(message));
        EchoThrough?.SendSequenced(message);
    }

    public void OnLogout() => Events.Add("logout");

    public void OnDisconnected() => Events.Add("disconnected");
}
