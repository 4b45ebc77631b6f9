using System.Globalization;
using Gateway.System.Tests.Infrastructure;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// A message one of our sessions received, copied out of the engine's buffers as text with '|' for SOH.
/// </summary>
/// <param name="Session">The receiving session's SenderCompID (ours), to tell two sessions apart.</param>
/// <param name="Text">The whole frame, 8= to 10=, with '|' for SOH.</param>
public sealed record ReceivedMessage(string Session, string Text)
{
    public string MsgType => Field(35) ?? "";

    public int SeqNum => int.Parse(Field(34) ?? "0", CultureInfo.InvariantCulture);

    public bool IsPossDup => Field(43) == "Y";

    /// <summary>The first value of <paramref name="tag"/>, or null.</summary>
    public string? Field(int tag) => RawFix.Field(Text, tag);

    public override string ToString() => $"{Session} <- {Text}";
}
