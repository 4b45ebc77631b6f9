using System.Text;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>
/// Builds FIX frames from readable text ('|' for SOH) and validates them. BodyLength (9) and CheckSum (10) are
/// filled in when absent, as the acceptance runner does, so tests write only the fields that matter.
/// </summary>
internal static class TestMessages
{
    public const string SendingTime = "20240102-03:04:05.678";

    public static byte[] Frame(string text)
    {
        var fields = text.Replace('|', '\u0001');
        if (!fields.EndsWith('\u0001'))
        {
            fields += '\u0001';
        }

        if (!fields.StartsWith("8=", StringComparison.Ordinal))
        {
            return Encoding.Latin1.GetBytes(fields);
        }

        var afterBegin = fields.IndexOf('\u0001') + 1;
        var hasLength = fields.AsSpan(afterBegin).StartsWith("9=") || fields.Contains("\u00019=", StringComparison.Ordinal);
        var hasChecksum = fields.Contains("\u000110=", StringComparison.Ordinal);
        if (!hasLength)
        {
            var trailerStart = hasChecksum ? fields.LastIndexOf("\u000110=", StringComparison.Ordinal) + 1 : fields.Length;
            var bodyLength = Encoding.Latin1.GetByteCount(fields[afterBegin..trailerStart]);
            fields = fields[..afterBegin] + $"9={bodyLength}\u0001" + fields[afterBegin..];
        }

        if (!hasChecksum)
        {
            var sum = 0;
            foreach (var b in Encoding.Latin1.GetBytes(fields))
            {
                sum += b;
            }

            fields += $"10={sum % 256:D3}\u0001";
        }

        return Encoding.Latin1.GetBytes(fields);
    }

    public static FixReject Validate(FixValidator validator, string text) => Validate(validator, Frame(text));

    public static FixReject Validate(FixValidator validator, byte[] frame)
    {
        var table = new FixFieldTable();
        table.Scan(frame, validator.DataFieldPairs);
        var message = new FixMessage(frame, table);
        validator.Validate(message, out var reject);
        return reject;
    }
}
