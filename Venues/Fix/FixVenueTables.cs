using System.Text;

namespace Gateway.Venues.Fix;

/// <summary>
/// <see cref="FixVenueOptions"/> turned into bytes once, so that encoding a request copies spans and never formats
/// a string: symbols, security ids and accounts by id, and each message kind's extra tags preformatted as
/// <c>tag=value|tag=value|</c> (SOH-terminated) for <see cref="Gateway.Sessions.Fix.Codec.FixWriter.AddRaw"/>.
/// </summary>
internal sealed class FixVenueTables
{
    private readonly Dictionary<int, byte[]> _symbols;
    private readonly Dictionary<int, byte[]> _securityIds;
    private readonly Dictionary<int, byte[]> _accounts;

    public FixVenueTables(FixVenueOptions options)
    {
        _symbols = Encode(options.Symbols, "symbol");
        _securityIds = Encode(options.SecurityIds, "security id");
        _accounts = Encode(options.Accounts, "account");
        SecurityIdSource = options.SecurityIdSource is { } source ? Ascii(source, "SecurityIDSource") : [];
        NewOrderTags = Preformat(options.NewOrderTags);
        CancelTags = Preformat(options.CancelTags);
        ReplaceTags = Preformat(options.ReplaceTags);
    }

    public byte[] SecurityIdSource { get; }

    public byte[] NewOrderTags { get; }

    public byte[] CancelTags { get; }

    public byte[] ReplaceTags { get; }

    public bool TryGetSymbol(int instrumentId, out byte[] symbol) => _symbols.TryGetValue(instrumentId, out symbol!);

    /// <summary>The instrument's SecurityID, empty when it has none or the venue names no SecurityIDSource.</summary>
    public ReadOnlySpan<byte> SecurityIdOf(int instrumentId) =>
        SecurityIdSource.Length > 0 && _securityIds.TryGetValue(instrumentId, out var id) ? id : default;

    public ReadOnlySpan<byte> AccountOf(int accountId) => _accounts.TryGetValue(accountId, out var account) ? account : default;

    private static Dictionary<int, byte[]> Encode(IReadOnlyDictionary<int, string> values, string what)
    {
        var encoded = new Dictionary<int, byte[]>(values.Count);
        foreach (var (id, value) in values)
        {
            encoded[id] = Ascii(value, what + " of " + id);
        }

        return encoded;
    }

    private static byte[] Preformat(IReadOnlyList<FixTag> tags)
    {
        var text = new StringBuilder();
        foreach (var tag in tags)
        {
            if (tag.Tag <= 0)
            {
                throw new ArgumentException($"Extra tag {tag.Tag}={tag.Value}: not a tag number");
            }

            Ascii(tag.Value, "tag " + tag.Tag);
            text.Append(tag.Tag).Append('=').Append(tag.Value).Append('\u0001');
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A configured value as it goes on the wire: printable ASCII, not empty (an empty field is a reject).</summary>
    private static byte[] Ascii(string value, string what)
    {
        if (value.Length == 0)
        {
            throw new ArgumentException($"The {what} is empty");
        }

        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException($"The {what} ({value}) has a character that cannot go in a FIX field");
            }
        }

        return Encoding.ASCII.GetBytes(value);
    }
}
