namespace Gateway.Admin.Control;

/// <summary>The blotter's filter (<c>GET /api/orders</c>): −1 matches any; <see cref="OpenOnly"/> leaves out final orders.</summary>
public sealed record OrderFilter(int StrategyId = -1, int VenueId = -1, int InstrumentId = -1, bool OpenOnly = true, int Limit = 200)
{
    public const int MaxLimit = 10_000;
}
