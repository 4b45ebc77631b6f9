using Gateway.RiskChecks.Config;
using Gateway.Simulators.Fix;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>A simulated FIX venue as both sides see it: the gateway's venue id and name, the session's BeginString and CompID.</summary>
internal sealed record FlowVenue(int Id, string Name, string BeginString, string CompId)
{
    public static readonly FlowVenue Fix42 = new(0, "SIM-FIX42", SimulatedSession.Fix42, "SIM42");
    public static readonly FlowVenue Fix44 = new(1, "SIM-FIX44", SimulatedSession.Fix44, "SIM44");
    public static readonly FlowVenue Fix50 = new(2, "SIM-FIX50", SimulatedSession.Fixt11, "SIM50");

    public override string ToString() => BeginString;
}

/// <summary>
/// What one test's gateway looks like: which venues, whether a strategy's disconnect cancels its orders, and the risk
/// limits as adjustments of permissive defaults (one strategy, one account, AAPL and MSFT routed to the first venue).
/// </summary>
internal sealed record FlowSetup
{
    public const int StrategyId = 1;
    public const string Token = "flows-token-1";
    public const int OtherStrategyId = 2;
    public const string OtherToken = "flows-token-2";
    public const int AccountId = 7;
    public const int Aapl = 1;
    public const int Msft = 2;

    /// <summary>Reference prices: the simulator's market maker quotes ±1 tick (0.01) around them, 100 a level, 5 levels.</summary>
    public const decimal AaplReference = 190.00m;
    public const decimal MsftReference = 410.00m;

    public IReadOnlyList<FlowVenue> Venues { get; init; } = [FlowVenue.Fix44];

    public bool CancelOnDisconnect { get; init; } = true;

    /// <summary>Seconds the gateway waits before it reconnects a dropped venue session.</summary>
    public int ReconnectIntervalSeconds { get; init; } = 1;

    public Func<StrategyLimits, StrategyLimits> Strategy { get; init; } = s => s;

    public Func<AccountLimits, AccountLimits> Account { get; init; } = a => a;

    /// <summary>Applied to every instrument's limits (the instrument's id is in the record).</summary>
    public Func<InstrumentLimits, InstrumentLimits> Instrument { get; init; } = i => i;

    public Func<VenueLimits, VenueLimits> Venue { get; init; } = v => v;

    /// <summary>A last change to the gateway's configuration (the admin console's tests add their section).</summary>
    public Func<Config.GatewayConfig, Config.GatewayConfig> Configure { get; init; } = c => c;

    public FlowVenue RouteVenue => Venues[0];

    public RiskLimits Limits() => new()
    {
        Strategies =
        [
            Strategy(new StrategyLimits
            {
                Id = StrategyId,
                Accounts = [AccountId],
                Venues = Venues.Select(v => v.Id).ToArray(),
                MaxOrderQuantity = 100_000,
                MaxOpenOrders = 1_000,
            }),
            new StrategyLimits { Id = OtherStrategyId, Accounts = [AccountId], Venues = Venues.Select(v => v.Id).ToArray() },
        ],
        Accounts = [Account(new AccountLimits { Id = AccountId })],
        Instruments =
        [
            Instrument(new InstrumentLimits { Id = Aapl, ReferencePrice = AaplReference }),
            Instrument(new InstrumentLimits { Id = Msft, ReferencePrice = MsftReference }),
        ],
        Venues = Venues.Select(v => Venue(new VenueLimits { Id = v.Id })).ToArray(),
    };
}
