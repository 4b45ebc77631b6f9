using Gateway.Sessions.Metrics;

namespace Gateway.Pipeline;

/// <summary>What the order thread counts (single writer: the order thread; any thread reads).</summary>
public sealed class OrderProcessorCounters
{
    private readonly Counters _counters = new(32);

    public OrderProcessorCounters()
    {
        NewOrders = _counters.Allocate("orders.new");
        Cancels = _counters.Allocate("orders.cancel");
        Replaces = _counters.Allocate("orders.replace");
        MassCancels = _counters.Allocate("orders.mass_cancel");
        Rejected = _counters.Allocate("orders.rejected");
        RiskRejects = _counters.Allocate("orders.rejected.risk");
        CancelRejects = _counters.Allocate("orders.cancel_rejected");
        Fills = _counters.Allocate("orders.fills");
        VenueReports = _counters.Allocate("venue.reports");
        Duplicates = _counters.Allocate("venue.reports.duplicate");
        Anomalies = _counters.Allocate("venue.reports.anomaly");
        Unrecognised = _counters.Allocate("venue.reports.unrecognised");
        SendFailures = _counters.Allocate("venue.send_failures");
        JournalFailures = _counters.Allocate("journal.failures");
        UnknownInbound = _counters.Allocate("inbound.unknown");
        GatewayCancels = _counters.Allocate("orders.gateway_cancels");
        Accepted = _counters.Allocate("orders.accepted");
    }

    public Counter NewOrders { get; }

    public Counter Cancels { get; }

    public Counter Replaces { get; }

    public Counter MassCancels { get; }

    /// <summary>New orders refused (by the gateway, its risk checks or the venue).</summary>
    public Counter Rejected { get; }

    public Counter RiskRejects { get; }

    public Counter CancelRejects { get; }

    public Counter Fills { get; }

    public Counter VenueReports { get; }

    public Counter Duplicates { get; }

    public Counter Anomalies { get; }

    public Counter Unrecognised { get; }

    public Counter SendFailures { get; }

    public Counter JournalFailures { get; }

    public Counter UnknownInbound { get; }

    /// <summary>Cancels the gateway sent on its own: kill switch, cancel-on-disconnect, mass cancel.</summary>
    public Counter GatewayCancels { get; }

    /// <summary>New orders the gateway accepted (risk passed, sent to the venue): OrderAccepted to the strategy.</summary>
    public Counter Accepted { get; }

    public Counters All => _counters;
}
