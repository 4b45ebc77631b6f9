namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// <c>tag=</c> for every tag below 10,000, precomputed so <see cref="FixWriter"/> writes it with one 8-byte store
/// instead of dividing the tag into digits per field.
/// <code>
///  one entry, a little-endian ulong:
///   byte 0 .. n-1   the tag's digits and '=' (n = 2..5)
///   byte 7          n, the bytes that count; the bytes between are zero and get overwritten by the value
/// </code>
/// 80 KB in all, of which a session touches the few cache lines of the tags it sends.
/// </summary>
internal static class TagText
{
    public const int Count = 10_000;

    private static readonly ulong[] s_entries = Build();

    public static ulong Of(int tag) => s_entries[tag];

    public static int Length(ulong entry) => (int)(entry >> 56);

    private static ulong[] Build()
    {
        var entries = new ulong[Count];
        for (var tag = 0; tag < Count; tag++)
        {
            ulong entry = 0;
            var text = tag.ToString(System.Globalization.CultureInfo.InvariantCulture) + "=";
            for (var i = 0; i < text.Length; i++)
            {
                entry |= (ulong)text[i] << (8 * i);
            }

            entries[tag] = entry | ((ulong)text.Length << 56);
        }

        return entries;
    }
}
