using System.Text;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Sessions.Tests.Fix.Session;

/// <summary>A test body from text: "11=ID|55=INTC" (header extras as "97=Y").</summary>
internal readonly struct FieldsBody(string body, string header = "") : IFixBody
{
    public void WriteHeader(ref FixHeaderFields fields)
    {
        foreach (var (tag, value) in Parse(header))
        {
            fields.Add(tag, value);
        }
    }

    public void WriteBody(ref FixWriter writer)
    {
        foreach (var (tag, value) in Parse(body))
        {
            writer.Add(tag, value);
        }
    }

    private static IEnumerable<(int Tag, byte[] Value)> Parse(string text)
    {
        foreach (var field in text.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = field.IndexOf('=', StringComparison.Ordinal);
            yield return (int.Parse(field[..eq], System.Globalization.CultureInfo.InvariantCulture),
                Encoding.Latin1.GetBytes(field[(eq + 1)..]));
        }
    }
}
