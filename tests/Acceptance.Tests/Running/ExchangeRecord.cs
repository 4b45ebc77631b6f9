using Gateway.Acceptance.Tests.Wire;

namespace Gateway.Acceptance.Tests.Running;

/// <summary>One message that went over a connection, kept so that a failure can show what led up to it.</summary>
public sealed record ExchangeRecord(int Line, bool Sent, string Message)
{
    public override string ToString() => $"line {Line,4} {(Sent ? "sent    " : "received")} {WireText.Display(Message)}";
}
