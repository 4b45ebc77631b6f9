namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// The standard header's tags (FIX 4.0 to FIXT.1.1), for putting a message back together in QuickFIX/n's order:
/// 8, 9, 35, then the header ascending, then the body, then the trailer.
/// </summary>
internal static class HeaderTags
{
    private const int Limit = 1200;
    private static readonly bool[] IsHeader = Build();

    public static bool Contains(int tag) => (uint)tag < Limit && IsHeader[tag];

    public static bool IsTrailer(int tag) =>
        tag is SessionTags.CheckSum or SessionTags.SignatureLength or SessionTags.Signature;

    private static bool[] Build()
    {
        var table = new bool[Limit];
        ReadOnlySpan<int> tags =
        [
            8, 9, 35, 34, 43, 49, 50, 52, 56, 57, 90, 91, 97, 115, 116, 122, 128, 129, 142, 143, 144, 145, 212, 213,
            347, 369, 627, 628, 629, 630, 1128, 1129, 1156,
        ];
        foreach (var tag in tags)
        {
            table[tag] = true;
        }

        return table;
    }
}
