using System.Text;

namespace Gateway.Operations.Search;

/// <summary>
/// A FIX session's <c>&lt;session&gt;.messages.log</c> (the format of Sessions/Fix/Store/LogLineFormat: timestamp,
/// <c>IN </c>/<c>OUT</c>, the frame with SOH as it is and '\', LF, CR escaped). Matches ClOrdID (11) or OrigClOrdID
/// (41) and OrderID (37); decodes with the session's dictionary names.
/// </summary>
internal sealed class FixLogSource(string session, string protocol, string path, Func<FixNames> names)
    : MessageLogSource(session, protocol, path)
{
    private const char Soh = '\u0001';
    private readonly Lazy<FixNames> _names = new(names);

    protected override ILineMatcher NewMatcher(MessageQuery query) => new Matcher(query.ClOrdId, query.OrderId);

    protected override FoundMessage Decode(DateTimeOffset time, string direction, string record)
    {
        var frame = Unescape(record);
        var names = _names.Value;
        var fields = new List<FoundField>();
        var msgType = "";
        foreach (var (tag, value) in Fields(frame))
        {
            if (tag == 35 && msgType.Length == 0)
            {
                msgType = value;
            }

            fields.Add(new FoundField(tag, names.TagName(tag), value, names.ValueName(tag, value)));
        }

        return new FoundMessage(time, Session, direction, Protocol, msgType, names.MessageName(msgType),
            frame.Replace(Soh, '|'), fields);
    }

    /// <summary>The frame's fields as (tag, value); a field without a numeric tag gets tag 0.</summary>
    public static IEnumerable<(int Tag, string Value)> Fields(string frame)
    {
        foreach (var field in frame.Split(Soh, StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = field.IndexOf('=', StringComparison.Ordinal);
            var tag = eq > 0 && int.TryParse(field.AsSpan(0, eq), out var t) ? t : 0;
            yield return (tag, eq >= 0 ? field[(eq + 1)..] : field);
        }
    }

    public static string Unescape(ReadOnlySpan<char> record)
    {
        if (record.IndexOf('\\') < 0)
        {
            return record.ToString();
        }

        var s = new StringBuilder(record.Length);
        for (var i = 0; i < record.Length; i++)
        {
            if (record[i] == '\\' && i + 1 < record.Length)
            {
                i++;
                s.Append(record[i] switch { 'n' => '\n', 'r' => '\r', var c => c });
            }
            else
            {
                s.Append(record[i]);
            }
        }

        return s.ToString();
    }

    private sealed class Matcher(string? clOrdId, string? orderId) : ILineMatcher
    {
        private readonly string? _clOrdIdProbe = clOrdId is null ? null : "1=" + clOrdId + Soh;
        private readonly string? _orderIdProbe = orderId is null ? null : "37=" + orderId + Soh;

        public bool Matches(ReadOnlySpan<char> record, bool outgoing, bool inRange)
        {
            if (!inRange)
            {
                return false;
            }

            // A cheap probe on the raw text first (11= and 41= both end in "1="); then the fields themselves.
            if ((_clOrdIdProbe is not null && record.IndexOf(_clOrdIdProbe, StringComparison.Ordinal) < 0 && record.IndexOf('\\') < 0)
                || (_orderIdProbe is not null && record.IndexOf(_orderIdProbe, StringComparison.Ordinal) < 0 && record.IndexOf('\\') < 0))
            {
                return false;
            }

            if (clOrdId is null && orderId is null)
            {
                return true;
            }

            bool clOrdIdFound = clOrdId is null, orderIdFound = orderId is null;
            foreach (var (tag, value) in Fields(Unescape(record)))
            {
                clOrdIdFound |= tag is 11 or 41 && value == clOrdId;
                orderIdFound |= tag == 37 && value == orderId;
            }

            return clOrdIdFound && orderIdFound;
        }
    }
}
