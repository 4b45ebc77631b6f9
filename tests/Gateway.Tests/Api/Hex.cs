using System.Globalization;

namespace Gateway.Tests.Api;

/// <summary>Bytes written by hand: hex pairs separated by spaces; <c>00x29</c> is 29 zero bytes.</summary>
internal static class Hex
{
    public static byte[] Parse(string text)
    {
        var bytes = new List<byte>();
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var repeat = token.IndexOf('x', StringComparison.Ordinal);
            var value = byte.Parse(repeat < 0 ? token : token[..repeat], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var count = repeat < 0 ? 1 : int.Parse(token[(repeat + 1)..], CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                bytes.Add(value);
            }
        }

        return bytes.ToArray();
    }
}
