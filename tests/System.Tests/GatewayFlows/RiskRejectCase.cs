using Gateway.Api.Protocol;
using Gateway.RiskChecks;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>The order a risk case sends after its prelude.</summary>
internal sealed record ProbeOrder(
    long Quantity = 10, decimal Price = 189.00m, Side Side = Side.Buy, int InstrumentId = FlowSetup.Aapl, int VenueId = -1,
    int AccountId = FlowSetup.AccountId);

/// <summary>
/// One row of the risk table: a gateway set up so that one check trips, what runs before the probe (orders that use
/// the limit up, an admin command), the probe, and the reject expected — the check's number, its limit, the actual
/// value. Limit and Actual are null where the reject is not a risk check's (nothing to compare).
/// </summary>
internal sealed record RiskRejectCase(
    string Name,
    FlowSetup Setup,
    ProbeOrder Probe,
    RejectReason Reason,
    RiskCheck Check,
    long? Limit,
    long? Actual,
    Action<FlowGateway, FlowClient, CancellationToken>? Prelude = null)
{
    public override string ToString() => Name;
}
