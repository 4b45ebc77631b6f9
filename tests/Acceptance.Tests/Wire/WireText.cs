using System.Text;

namespace Gateway.Acceptance.Tests.Wire;

/// <summary>
/// Messages in the runner are "wire strings": one char per byte (Latin-1), so that lengths and checksums count
/// bytes exactly as they travel. A script line read as Latin-1 therefore sends its UTF-8 bytes 1:1.
/// </summary>
public static class WireText
{
    public const char Soh = '\u0001';

    public static byte[] ToBytes(string wire) => Encoding.Latin1.GetBytes(wire);

    public static string FromBytes(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    /// <summary>For people: the bytes decoded as UTF-8 (how the scripts are written), SOH shown as |.</summary>
    public static string Display(string wire) => Encoding.UTF8.GetString(ToBytes(wire)).Replace(Soh, '|');

    /// <summary>Script text as typed in tests, with | standing for SOH.</summary>
    public static string FromPipes(string text) => FromBytes(Encoding.UTF8.GetBytes(text.Replace('|', Soh)));

    public static byte CheckSum(string wire)
    {
        byte sum = 0;
        foreach (var c in wire)
        {
            sum += (byte)c;
        }

        return sum;
    }
}
