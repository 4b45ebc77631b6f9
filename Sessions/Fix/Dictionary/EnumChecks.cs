namespace Gateway.Sessions.Fix.Dictionary;

internal static class EnumChecks
{
    /// <summary>
    /// A plain enum value must be in the set; a multiple-value field is split on single spaces and every piece
    /// must be (as QuickFIX/n splits it: an empty piece from a doubled or trailing space is not allowed).
    /// </summary>
    public static bool Allows(EnumSet set, bool multipleValue, ReadOnlySpan<byte> value)
    {
        if (!multipleValue)
        {
            return set.Contains(value);
        }

        while (true)
        {
            var space = value.IndexOf((byte)' ');
            if (space < 0)
            {
                return set.Contains(value);
            }

            if (!set.Contains(value[..space]))
            {
                return false;
            }

            value = value[(space + 1)..];
        }
    }
}
