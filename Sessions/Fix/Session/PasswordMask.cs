namespace Gateway.Sessions.Fix.Session;

/// <summary>Copies of Logon frames for the message log with the Password (554) value replaced by '*'.</summary>
internal static class PasswordMask
{
    /// <summary>A copy of <paramref name="frame"/> with every 554 value masked (cold: Logons only).</summary>
    public static byte[] Mask(ReadOnlySpan<byte> frame)
    {
        var copy = frame.ToArray();
        var from = 0;
        while (true)
        {
            var at = copy.AsSpan(from).IndexOf("\u0001554="u8);
            if (at < 0)
            {
                return copy;
            }

            var valueStart = from + at + 5;
            var end = copy.AsSpan(valueStart).IndexOf((byte)1);
            var valueEnd = end < 0 ? copy.Length : valueStart + end;
            copy.AsSpan(valueStart, valueEnd - valueStart).Fill((byte)'*');
            from = valueEnd;
        }
    }
}
