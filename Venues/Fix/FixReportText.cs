using Gateway.Venues.Orders;

namespace Gateway.Venues.Fix;

/// <summary>The Text of an Unrecognised report, put together in place (no strings): "what" + "tag=" + the value, cut at 32 bytes.</summary>
internal static class FixReportText
{
    public static void Unrecognised(ref VenueReport report, ReadOnlySpan<byte> what, int tag, ReadOnlySpan<byte> value)
    {
        report.Kind = VenueReportKind.Unrecognised;
        Span<byte> text = stackalloc byte[VenueText.Capacity + 16];
        var n = Append(text, 0, what);
        if (tag > 0 && tag.TryFormat(text[n..], out var digits))
        {
            n += digits;
            n = Append(text, n, "="u8);
        }

        n = Append(text, n, value);
        report.Text.Set(text[..n]);
    }

    private static int Append(Span<byte> text, int at, ReadOnlySpan<byte> value)
    {
        var n = Math.Min(value.Length, text.Length - at);
        value[..n].CopyTo(text[at..]);
        return at + n;
    }
}
