using System.Text;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Tests.Fix.Codec;

/// <summary>FIX text for tests: '|' stands for SOH; BodyLength and CheckSum can be filled in.</summary>
internal static class FixText
{
    public static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text.Replace('|', '\u0001'));

    public static string Show(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes).Replace('\u0001', '|');

    /// <summary>"8=FIX.4.4|35=D|...|" → the same with 9= inserted after 8 and 10= appended, both correct.</summary>
    public static byte[] Frame(string withoutLengthAndChecksum)
    {
        var text = withoutLengthAndChecksum.Replace('|', '\u0001');
        var firstSoh = text.IndexOf('\u0001', StringComparison.Ordinal);
        var head = text[..(firstSoh + 1)];
        var body = text[(firstSoh + 1)..];
        var withLength = head + "9=" + Encoding.Latin1.GetByteCount(body) + "\u0001" + body;
        var bytes = Encoding.Latin1.GetBytes(withLength);
        var checksum = FixChecksumOf(bytes);
        return Encoding.Latin1.GetBytes(withLength + "10=" + checksum.ToString("D3") + "\u0001");
    }

    public static int FixChecksumOf(byte[] bytes)
    {
        var sum = 0;
        foreach (var b in bytes)
        {
            sum += b;
        }

        return sum % 256;
    }

    public static FixMessage Scan(byte[] frame, FixFieldTable table)
    {
        table.Scan(frame);
        return new FixMessage(frame, table);
    }
}
