using System.Globalization;
using System.Text.RegularExpressions;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;

namespace Gateway.System.Tests.Interop;

/// <summary>A message in the QuickFIX C++ peer's screen log: which way it went (from the peer's side) and its text.</summary>
/// <param name="Incoming">True for what the peer received (what we sent).</param>
/// <param name="Text">The frame with '|' for SOH.</param>
internal sealed record PeerLogMessage(bool Incoming, string Text)
{
    public string MsgType => Field(35) ?? "";

    public int SeqNum => int.Parse(Field(34) ?? "0", CultureInfo.InvariantCulture);

    public string? Field(int tag) => RawFix.Field(Text, tag);

    public bool IsPossDup() => Field(43) == "Y";

    public override string ToString() => $"{(Incoming ? "peer <-" : "peer ->")} {Text}";
}

/// <summary>
/// Reads the messages out of a QuickFIX C++ ScreenLog, which prints each as two lines:
/// <code>
/// &lt;20261121-21:34:10.433381000, FIX.4.4:EXEC->CLIENT, incoming&gt;
///   (8=FIX.4.4 SOH 9=72 SOH 35=A SOH ... 10=101 SOH)
/// </code>
/// </summary>
internal static partial class PeerLog
{
    public static IReadOnlyList<PeerLogMessage> Messages(string log) =>
        Entry().Matches(log)
            .Select(m => new PeerLogMessage(m.Groups["way"].Value == "incoming", m.Groups["frame"].Value.Replace('\u0001', '|')))
            .ToArray();

    /// <summary>What the peer received from us, in order.</summary>
    public static IReadOnlyList<PeerLogMessage> Incoming(string log) => Messages(log).Where(m => m.Incoming).ToArray();

    /// <summary>
    /// Waits until what the peer received from us satisfies <paramref name="until"/>, and returns it. The peer's log
    /// reaches us through a pipe, possibly after its answers reached us over TCP: read it only through a wait.
    /// </summary>
    public static IReadOnlyList<PeerLogMessage> WaitForIncoming(
        QuickFixPeer peer, Func<IReadOnlyList<PeerLogMessage>, bool> until, TimeSpan timeout, CancellationToken cancellation, string what)
    {
        IReadOnlyList<PeerLogMessage> incoming = [];
        Wait.Until(() => until(incoming = Incoming(peer.Log)), timeout, cancellation, what + " in the peer's log", peer.Describe);
        return incoming;
    }

    [GeneratedRegex(@"^<[^\r\n]*, (?<way>incoming|outgoing)>\r?\n  \((?<frame>8=[^\r\n]*)\)\r?$", RegexOptions.Multiline)]
    private static partial Regex Entry();
}
