using System.Globalization;
using System.Text;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// A message body written from text, "11=ORD1|55=MSFT|", for <see cref="FixSession.TrySend{TBody}"/>. Test code:
/// it parses on every write, which the hot path never would.
/// </summary>
internal readonly struct TextBody(string fields) : IFixBody
{
    public void WriteHeader(ref FixHeaderFields header)
    {
    }

    public void WriteBody(ref FixWriter writer)
    {
        foreach (string field in fields.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = field.IndexOf('=', StringComparison.Ordinal);
            writer.Add(int.Parse(field.AsSpan(0, equals), CultureInfo.InvariantCulture), Encoding.ASCII.GetBytes(field[(equals + 1)..]));
        }
    }
}
