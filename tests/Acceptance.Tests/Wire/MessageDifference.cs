namespace Gateway.Acceptance.Tests.Wire;

/// <summary>
/// The first field where a received message departs from the expected one.
/// <paramref name="Position"/> counts fields from 0 (8= is field 0); a null field means "none at this position".
/// <see cref="BodyLengthAlso"/> is the BodyLength difference that came before it, if any.
/// </summary>
public sealed record MessageDifference(int Position, string? ExpectedField, string? ReceivedField, string Reason)
{
    public MessageDifference? BodyLengthAlso { get; init; }

    public override string ToString() =>
        $"field #{Position + 1}: expected {Show(ExpectedField)}, received {Show(ReceivedField)} ({Reason})"
        + (BodyLengthAlso is { } b ? $"; BodyLength differs too: expected {Show(b.ExpectedField)}, received {Show(b.ReceivedField)}" : "");

    private static string Show(string? field) => field is null ? "nothing" : $"'{WireText.Display(field)}'";
}
