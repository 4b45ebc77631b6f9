using System.Text;

namespace Gateway.Venues.Tests.Ouch;

internal static class Hex
{
    /// <summary>Joins field pieces: hex digits, or 'text' in quotes for ASCII (spaces kept).</summary>
    public static byte[] Of(params string[] fields)
    {
        var bytes = new List<byte>();
        foreach (var field in fields)
        {
            if (field.StartsWith('\''))
            {
                bytes.AddRange(Encoding.ASCII.GetBytes(field[1..^1]));
            }
            else
            {
                bytes.AddRange(Convert.FromHexString(field.Replace(" ", "", StringComparison.Ordinal)));
            }
        }

        return [.. bytes];
    }

    public static string Ascii(ReadOnlySpan<byte> bytes) => Encoding.ASCII.GetString(bytes);
}
