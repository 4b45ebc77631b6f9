using Gateway.Journal;
using Gateway.Orders;
using Gateway.RiskChecks;
using Gateway.Routing;
using Gateway.Sessions.Concurrency;
using Gateway.Sessions.Time;

namespace Gateway.Pipeline;

/// <summary>What the order thread works with; built by the host.</summary>
public sealed record OrderProcessorOptions
{
    public required RingConsumer<InboundEvent> Inbound { get; init; }

    public required OutboundProxy Outbound { get; init; }

    public required RiskEngine Risk { get; init; }

    public required OrderBook Book { get; init; }

    public required OrderJournal Journal { get; init; }

    public required RoutingTable Routes { get; init; }

    public PipelineAdmin Admin { get; init; } = new();

    public IEpochClock Clock { get; init; } = SystemEpochClock.Instance;

    /// <summary>Cancel a strategy's open orders when its connection drops.</summary>
    public bool CancelOnDisconnect { get; init; } = true;

    public int MaxVenues { get; init; } = 64;

    public int MaxStrategies { get; init; } = 256;
}
