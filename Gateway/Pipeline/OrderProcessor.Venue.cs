using Gateway.Api.Protocol;
using Gateway.Orders;
using Gateway.Venues;
using Gateway.Venues.Orders;

namespace Gateway.Pipeline;

/// <summary>Venue reports through the order state machine: journal, risk engine, then the strategy.</summary>
public sealed partial class OrderProcessor
{
    private void OnVenueReport(ref VenueReport report)
    {
        Counters.VenueReports.Increment();
        switch (report.Kind)
        {
            case VenueReportKind.SessionUp:
            case VenueReportKind.SessionDown:
                OnVenueSession(report.VenueId, report.Kind == VenueReportKind.SessionUp);
                return;
            case VenueReportKind.Unrecognised:
                Counters.Unrecognised.Increment();
                return;
            default:
                ApplyReport(in report);
                return;
        }
    }

    /// <summary>A request the I/O thread could not hand to its venue: the order (or its cancel/replace) is refused.</summary>
    private void OnVenueSendFailed(ref VenueReport report, VenueSendResult result)
    {
        Counters.SendFailures.Increment();
        report.Text.Set(result == VenueSendResult.NotConnected ? "venue not logged on: not sent"u8 : "venue cannot take it: not sent"u8);
        ApplyGatewayRefusal(in report, result == VenueSendResult.NotConnected ? RejectReason.VenueNotConnected : RejectReason.InvalidField);
    }

    private void ApplyReport(in VenueReport report)
    {
        var result = OrderStateMachine.OnReport(_book, in report, _now);
        switch (result.Action)
        {
            case OrderAction.Ignored:
                Counters.Duplicates.Increment();
                return;
            case OrderAction.Anomaly:
                Counters.Anomalies.Increment();
                return;
        }

        if (result.Anomaly != OrderAnomaly.None)
        {
            Counters.Anomalies.Increment();
        }

        if (result.Changed)
        {
            Journal(result.Index);
            if (result.OtherIndex >= 0)
            {
                Journal(result.OtherIndex);
            }
        }

        TellRisk(in result);
        TellStrategy(in result, in report);
        if (result.FollowUpCancelIndex >= 0)
        {
            ref var deferred = ref _book[result.FollowUpCancelIndex];
            CancelOrder(result.FollowUpCancelIndex, deferred.CancelReason, 0, tellStrategyWhenRefused: true);
        }
    }

    private void TellRisk(in OrderResult result)
    {
        if (result.Risk == RiskNotice.None || result.Index < 0)
        {
            return;
        }

        ref var order = ref _book[result.Index];
        var strategy = order.StrategyId;
        var id = order.ClientOrderId;
        switch (result.Risk)
        {
            case RiskNotice.OnAccepted:
                _risk.OnAccepted(strategy, id);
                break;
            case RiskNotice.OnFilled:
                _risk.OnFilled(strategy, id, result.Quantity, result.Price, _now);
                break;
            case RiskNotice.OnCanceled:
                _risk.OnCanceled(strategy, id);
                break;
            case RiskNotice.OnRejected:
                _risk.OnRejected(strategy, id);
                break;
            case RiskNotice.OnExpired:
                _risk.OnExpired(strategy, id);
                break;
            case RiskNotice.OnReplaced:
                _risk.OnReplaced(strategy, id);
                break;
            case RiskNotice.OnReplaceRejected:
                _risk.OnReplaceRejected(strategy, id);
                break;
        }
    }

    private void OnVenueSession(int venue, bool up)
    {
        if ((uint)venue >= (uint)_venueUp.Length || _venueUp[venue] == up)
        {
            return;
        }

        _venueUp[venue] = up;
        for (var strategy = 0; strategy < _strategyLoggedIn.Length; strategy++)
        {
            if (_strategyLoggedIn[strategy])
            {
                NotifyStatus(strategy, up ? SessionStatusCode.VenueUp : SessionStatusCode.VenueDown, venue,
                    up ? "venue session logged on"u8 : "venue session down"u8);
            }
        }
    }

    /// <summary>A new order in the book that must not go out (journal refused it): rejected as the venue would.</summary>
    private void AbandonUnsent(int index, ReadOnlySpan<byte> text)
    {
        var report = default(VenueReport);
        report.Kind = VenueReportKind.Rejected;
        report.VenueId = _book[index].VenueId;
        report.ClOrdId = _book[index].ClOrdId;
        report.Text.Set(text);
        ApplyGatewayRefusal(in report, RejectReason.GatewayBusy);
    }

    /// <summary>A cancel or replace taken by the book that must not go out: refused as the venue would.</summary>
    private void FailPending(int index, bool forReplace, ReadOnlySpan<byte> text)
    {
        ref var order = ref _book[index];
        var report = default(VenueReport);
        report.Kind = forReplace ? VenueReportKind.Rejected : VenueReportKind.CancelRejected;
        report.ForReplace = forReplace;
        report.VenueId = order.VenueId;
        report.ClOrdId = forReplace ? order.ClOrdId : order.PendingClOrdId;
        report.OrigClOrdId = forReplace ? 0 : order.ClOrdId;
        report.Text.Set(text);
        ApplyGatewayRefusal(in report, RejectReason.GatewayBusy);
    }

    /// <summary>
    /// A refusal the gateway makes itself, through the state machine as if the venue had sent it, but told to the
    /// strategy with the gateway's reason rather than VenueRejected. Texts fit <see cref="VenueText.Capacity"/>.
    /// </summary>
    private void ApplyGatewayRefusal(in VenueReport report, RejectReason reason)
    {
        _refusalReason = reason;
        ApplyReport(in report);
        _refusalReason = RejectReason.VenueRejected;
    }
}
