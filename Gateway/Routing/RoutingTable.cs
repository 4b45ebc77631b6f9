namespace Gateway.Routing;

/// <summary>
/// Which venue an order goes to: the venue it names, else its instrument's venue from configuration. Arrays indexed
/// by id, built at start: a lookup is two bounds checks and a load.
/// </summary>
public sealed class RoutingTable
{
    public const int NoVenue = -1;

    private readonly int[] _venueByInstrument;
    private readonly bool[] _knownInstrument;
    private readonly bool[] _knownVenue;

    /// <param name="venueByInstrument">instrument id → venue id (<see cref="NoVenue"/> for none).</param>
    /// <param name="venueIds">the configured venues.</param>
    public RoutingTable(IReadOnlyDictionary<int, int> venueByInstrument, IEnumerable<int> venueIds)
    {
        var venues = venueIds.ToArray();
        _knownVenue = new bool[venues.Length == 0 ? 1 : venues.Max() + 1];
        foreach (var venue in venues)
        {
            _knownVenue[venue] = true;
        }

        var size = venueByInstrument.Count == 0 ? 1 : venueByInstrument.Keys.Max() + 1;
        _venueByInstrument = new int[size];
        _knownInstrument = new bool[size];
        Array.Fill(_venueByInstrument, NoVenue);
        foreach (var (instrument, venue) in venueByInstrument)
        {
            _venueByInstrument[instrument] = venue;
            _knownInstrument[instrument] = true;
        }
    }

    public bool IsKnownVenue(int venueId) => (uint)venueId < (uint)_knownVenue.Length && _knownVenue[venueId];

    /// <summary>Whether the instrument is configured (has an entry, routed or not).</summary>
    public bool IsKnownInstrument(int instrumentId) => (uint)instrumentId < (uint)_knownInstrument.Length && _knownInstrument[instrumentId];

    /// <summary>
    /// The venue for an order: <paramref name="requestedVenue"/> when it is not negative, else the instrument's.
    /// <see cref="NoVenue"/> when that venue is not configured or the instrument has no route.
    /// </summary>
    public int Route(int instrumentId, int requestedVenue)
    {
        var venue = requestedVenue >= 0
            ? requestedVenue
            : (uint)instrumentId < (uint)_venueByInstrument.Length ? _venueByInstrument[instrumentId] : NoVenue;
        return IsKnownVenue(venue) ? venue : NoVenue;
    }
}
