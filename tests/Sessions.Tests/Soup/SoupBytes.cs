namespace Gateway.Sessions.Tests.Soup;

internal static class SoupBytes
{
    /// <summary>"00 1F 41 ..." or "001F41..." to bytes.</summary>
    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    public static string ToHex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    /// <summary>Everything the connection has received, consumed.</summary>
    public static byte[] Drain(Gateway.Sessions.Tests.Fix.Session.InMemoryConnection connection)
    {
        connection.Poll();
        var bytes = connection.Received.ToArray();
        connection.Consume(bytes.Length);
        return bytes;
    }
}
