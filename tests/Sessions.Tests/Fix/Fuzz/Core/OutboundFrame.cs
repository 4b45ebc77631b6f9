using System.Globalization;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>
/// A message the session sent, checked for well-formedness: framed by <see cref="ReferenceFramer"/> (so BodyLength
/// and CheckSum were verified independently), scanned by our <see cref="FixFieldTable"/> without error, 8/9/35 first
/// and 10 last, our BeginString and CompIDs, a readable MsgSeqNum and SendingTime.
/// </summary>
internal sealed class OutboundFrame
{
    private readonly Dictionary<int, string> _values = [];

    private OutboundFrame(string text) => Text = text;

    public string Text { get; }

    public string Type => Get(35) ?? "";

    public int Seq => int.Parse(Get(34)!, CultureInfo.InvariantCulture);

    public bool PossDup => Get(43) == "Y";

    public string? Get(int tag) => _values.TryGetValue(tag, out var value) ? value : null;

    public int? GetInt(int tag) => Get(tag) is { } value && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    public override string ToString() => WireFrame.Show(Text);

    /// <summary>Parses and checks one framed message; returns null and the problem if it is not well-formed.</summary>
    public static OutboundFrame? Parse(string text, FixFieldTable table, out string? problem)
    {
        var bytes = WireFrame.Bytes(text);
        table.Scan(bytes);
        var frame = new OutboundFrame(text);
        problem = null;
        if (table.Error != FixScanError.None)
        {
            problem = $"scan error {table.Error} at tag {table.ErrorTag}";
            return null;
        }

        var count = table.Count;
        if (count < 6 || table.TagAt(0) != 8 || table.TagAt(1) != 9 || table.TagAt(2) != 35 || table.TagAt(count - 1) != 10)
        {
            problem = "not 8, 9, 35 first and 10 last";
            return null;
        }

        for (var i = 0; i < count; i++)
        {
            var tag = table.TagAt(i);
            var value = text.Substring(table.StartAt(i), table.LengthAt(i));
            if (!frame._values.TryAdd(tag, value) && tag is not (58 or 336))
            {
                problem = $"tag {tag} twice";
                return null;
            }
        }

        var message = new FixMessage(bytes, table);
        problem = frame.Get(8) != BaseMessages.BeginString ? "BeginString"
            : frame.Get(49) != BaseMessages.OurCompId || frame.Get(56) != BaseMessages.TheirCompId ? "CompIDs"
            : frame.GetInt(34) is not > 0 ? "MsgSeqNum"
            : !message.TryGetTimestamp(52, out _) ? "SendingTime"
            : null;
        return problem is null ? frame : null;
    }
}
