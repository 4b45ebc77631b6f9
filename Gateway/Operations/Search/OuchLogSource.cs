using System.Buffers.Binary;
using System.Globalization;
using Gateway.Venues.Ouch;

namespace Gateway.Operations.Search;

/// <summary>
/// An OUCH venue's message log (Venues/Ouch/Log/OuchLogLineFormat: timestamp, <c>IN </c>/<c>OUT</c>, a number, the
/// message in hex). The number of an OUT record is the gateway's ClOrdId, so one pass follows an order: its Enter,
/// Replace and Cancel match by ClOrdId and teach the matcher the order's tokens (4.2) or UserRefNums (5.0), which the
/// venue's answers carry. A ClOrdId query also matches a token / UserRefNum / 5.0 ClOrdID field equal to it; an
/// OrderId query matches the Order Reference Number and then every later message of that order's token.
/// </summary>
internal sealed class OuchLogSource(string session, OuchDialect dialect, string path)
    : MessageLogSource(session, dialect == OuchDialect.Ouch42 ? "OUCH4.2" : "OUCH5.0", path)
{
    public OuchDialect Dialect { get; } = dialect;

    protected override ILineMatcher NewMatcher(MessageQuery query) => new Matcher(this, query.ClOrdId, query.OrderId);

    protected override FoundMessage Decode(DateTimeOffset time, string direction, string record)
    {
        var (_, message) = Split(record);
        var toVenue = direction == "out";
        var type = message.Length > 0 ? message[0] : (byte)0;
        var layout = OuchFieldLayouts.Find(Dialect, toVenue, type);
        var fields = new List<FoundField>();
        var end = 0;
        foreach (var field in layout?.Fields ?? [])
        {
            if (field.Offset + field.Length > message.Length)
            {
                break;
            }

            var bytes = message.AsSpan(field.Offset, field.Length);
            fields.Add(new FoundField(field.Offset, field.Name, OuchValues.Text(field, bytes), OuchValues.Name(field, bytes)));
            end = field.Offset + field.Length;
        }

        if (end < message.Length)
        {
            fields.Add(new FoundField(end, layout is null ? "Message" : "Appendage", Convert.ToHexString(message.AsSpan(end)), null));
        }

        return new FoundMessage(time, Session, direction, Protocol, ((char)type).ToString(), layout?.Name ?? "Unknown",
            Convert.ToHexString(message), fields);
    }

    /// <summary>A record's number and message bytes (empty when the hex does not parse).</summary>
    private static (long Number, byte[] Message) Split(ReadOnlySpan<char> record)
    {
        var space = record.IndexOf(' ');
        if (space <= 0 || !long.TryParse(record[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return (0, []);
        }

        try
        {
            return (number, Convert.FromHexString(record[(space + 1)..].Trim()));
        }
        catch (FormatException)
        {
            return (number, []);
        }
    }

    /// <summary>Every order token (4.2, as its number) or UserRefNum (5.0) the message names.</summary>
    private List<long> Tokens(byte[] message, bool toVenue)
    {
        var tokens = new List<long>(2);
        if (message.Length == 0 || OuchFieldLayouts.Find(Dialect, toVenue, message[0]) is not { } layout)
        {
            return tokens;
        }

        foreach (var field in layout.Fields)
        {
            if (field.Offset + field.Length <= message.Length && IsTokenField(field))
            {
                var bytes = message.AsSpan(field.Offset, field.Length);
                var value = field.Kind == OuchFieldKind.Number ? (long)OuchValues.Unsigned(bytes) : ParseAlphaNumber(bytes);
                if (value > 0)
                {
                    tokens.Add(value);
                }
            }
        }

        return tokens;
    }

    private static bool IsTokenField(OuchField field) => field.Name.EndsWith("Token", StringComparison.Ordinal)
        || field.Name.EndsWith("UserRefNum", StringComparison.Ordinal);

    private static long ParseAlphaNumber(ReadOnlySpan<byte> alpha) =>
        long.TryParse(System.Text.Encoding.ASCII.GetString(alpha).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>Whether any field called <paramref name="suffix"/> (exactly, or ending so) holds <paramref name="text"/>.</summary>
    private bool HasField(byte[] message, bool toVenue, string suffix, string text)
    {
        if (message.Length == 0 || OuchFieldLayouts.Find(Dialect, toVenue, message[0]) is not { } layout)
        {
            return false;
        }

        foreach (var field in layout.Fields)
        {
            if (field.Offset + field.Length <= message.Length && field.Name.EndsWith(suffix, StringComparison.Ordinal)
                && OuchValues.Text(field, message.AsSpan(field.Offset, field.Length)) == text)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Matcher(OuchLogSource source, string? clOrdId, string? orderId) : ILineMatcher
    {
        private readonly long _clOrdIdNumber = long.TryParse(clOrdId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        private readonly HashSet<long> _clOrdIdTokens = [];
        private readonly HashSet<long> _orderIdTokens = [];

        public bool Matches(ReadOnlySpan<char> record, bool outgoing, bool inRange)
        {
            if (clOrdId is null && orderId is null)
            {
                return inRange;
            }

            var (number, message) = Split(record);
            var tokens = source.Tokens(message, outgoing);
            return MatchesClOrdId(number, message, tokens, outgoing) & MatchesOrderId(message, tokens, outgoing);
        }

        private bool MatchesClOrdId(long number, byte[] message, List<long> tokens, bool outgoing)
        {
            if (clOrdId is null)
            {
                return true;
            }

            if (outgoing && number == _clOrdIdNumber && _clOrdIdNumber > 0)
            {
                // The order's own request: its tokens (new and replaced) are the order's from now on.
                _clOrdIdTokens.UnionWith(tokens);
                return true;
            }

            if (outgoing && message.Length > 0 && message[0] is (byte)'O' && tokens.Count > 0)
            {
                _clOrdIdTokens.Remove(tokens[0]); // a token of a new day's order: no longer this one
            }

            return tokens.Exists(t => _clOrdIdTokens.Contains(t) || t == _clOrdIdNumber)
                || source.HasField(message, outgoing, "ClOrdID", clOrdId)
                || source.HasField(message, outgoing, "Token", clOrdId);
        }

        private bool MatchesOrderId(byte[] message, List<long> tokens, bool outgoing)
        {
            if (orderId is null)
            {
                return true;
            }

            if (source.HasField(message, outgoing, "OrderReferenceNumber", orderId))
            {
                _orderIdTokens.UnionWith(tokens);
                return true;
            }

            return !outgoing && tokens.Exists(_orderIdTokens.Contains);
        }
    }
}
