using System.Globalization;
using System.Text;

namespace Gateway.System.Tests.Infrastructure;

/// <summary>
/// Hand-written FIX frames for tests that talk to a peer without the gateway's own codec: the body is given with
/// '|' for SOH, and BodyLength (9) and CheckSum (10) are computed here, independently of the engine.
/// </summary>
public static class RawFix
{
    public const char Soh = '\u0001';

    /// <summary><c>Frame("FIX.4.4", "35=A|34=1|49=CLIENT|...|")</c>: the body must end with '|'.</summary>
    public static byte[] Frame(string beginString, string body)
    {
        string soh = body.Replace('|', Soh);
        string head = $"8={beginString}{Soh}9={Encoding.ASCII.GetByteCount(soh)}{Soh}{soh}";
        int sum = 0;
        foreach (byte b in Encoding.ASCII.GetBytes(head))
        {
            sum += b;
        }

        return Encoding.ASCII.GetBytes($"{head}10={(sum % 256).ToString("000", CultureInfo.InvariantCulture)}{Soh}");
    }

    /// <summary>A SendingTime (52) of now, UTC, to the millisecond, as QuickFIX checks it against its clock.</summary>
    public static string SendingTimeNow() => DateTime.UtcNow.ToString("yyyyMMdd-HH:mm:ss.fff", CultureInfo.InvariantCulture);

    /// <summary>The value of <paramref name="tag"/> in a frame printed with '|', or null.</summary>
    public static string? Field(string frame, int tag)
    {
        string prefix = $"{tag}=";
        foreach (string field in frame.Split('|'))
        {
            if (field.StartsWith(prefix, StringComparison.Ordinal))
            {
                return field[prefix.Length..];
            }
        }

        return null;
    }
}
