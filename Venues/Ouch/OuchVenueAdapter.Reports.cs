using Gateway.Venues.Orders;

namespace Gateway.Venues.Ouch;

// OUCH answers → VenueReports, the same for both dialects once the fields are read. `apply` is false for a replayed
// message the table has seen: the report goes out marked as a possible duplicate, the table stays as it is.
public sealed partial class OuchVenueAdapter
{
    private bool Known(long token, bool apply)
    {
        if (_table.IsKnown(token))
        {
            return true;
        }

        Unrecognised(OuchVenueCounter.UnknownTokens, "unknown order token"u8, apply);
        return false;
    }

    private void OnAccepted(bool apply, ulong timestamp, long token, long openShares, ulong price4, ulong orderReference)
    {
        if (!Known(token, apply))
        {
            return;
        }

        BeginFor(VenueReportKind.Accepted, apply, timestamp);
        _report.ClOrdId = _table.ClOrdIdOf(token);
        _report.CumQuantity = _table.CumOf(token);
        _report.LeavesQuantity = openShares;
        _report.OrderQuantity = _report.CumQuantity + openShares;
        _report.Price = OuchMapping.FromOuchPrice(price4);
        OuchMapping.SetNumber(ref _report.VenueOrderId, orderReference);
        Deliver();
    }

    private void OnExecuted(bool apply, ulong timestamp, long token, long shares, ulong price4, ulong matchNumber)
    {
        if (!Known(token, apply))
        {
            return;
        }

        if (apply)
        {
            _table.Fill(token, shares);
        }

        BeginFor(VenueReportKind.Fill, apply, timestamp);
        _report.ClOrdId = _table.ClOrdIdOf(token);
        _report.LastQuantity = shares;
        _report.LastPrice = OuchMapping.FromOuchPrice(price4);
        _report.CumQuantity = _table.CumOf(token);
        _report.LeavesQuantity = _table.LeavesOf(token);
        _report.OrderQuantity = _table.QuantityOf(token);
        OuchMapping.SetNumber(ref _report.ExecId, matchNumber);
        Deliver();
    }

    private void OnCanceled(bool apply, ulong timestamp, long token, long decrement, byte reason)
    {
        if (!Known(token, apply))
        {
            return;
        }

        var cancelClOrdId = _table.CancelClOrdIdOf(token);
        if (apply)
        {
            _table.Decrement(token, decrement);
            if (_table.LeavesOf(token) == 0)
            {
                _table.ClearCancel(token);
            }
        }

        BeginFor(VenueReportKind.Canceled, apply, timestamp);
        var orderClOrdId = _table.ClOrdIdOf(token);
        if (cancelClOrdId != 0)
        {
            _report.ClOrdId = cancelClOrdId;
            _report.OrigClOrdId = orderClOrdId;
        }
        else
        {
            _report.ClOrdId = orderClOrdId; // unsolicited: IOC remainder, supervisory, end of day...
        }

        _report.LastQuantity = decrement;
        _report.CumQuantity = _table.CumOf(token);
        _report.LeavesQuantity = _table.LeavesOf(token);
        _report.OrderQuantity = _table.QuantityOf(token);
        _report.ReasonCode = reason;
        _report.Text.Set(new ReadOnlySpan<byte>(in reason));
        Deliver();
    }

    private void OnReplaced(bool apply, ulong timestamp, long token, long previous, long openShares, ulong price4,
        ulong orderReference)
    {
        if (!Known(token, apply) || (previous != 0 && !Known(previous, apply)))
        {
            return;
        }

        if (apply)
        {
            _table.Replace(token, previous, openShares);
        }

        BeginFor(VenueReportKind.Replaced, apply, timestamp);
        _report.ClOrdId = _table.ClOrdIdOf(token);
        _report.OrigClOrdId = previous != 0 ? _table.ClOrdIdOf(previous) : 0;
        _report.CumQuantity = _table.CumOf(token);
        _report.LeavesQuantity = _table.LeavesOf(token);
        _report.OrderQuantity = _table.QuantityOf(token);
        _report.Price = OuchMapping.FromOuchPrice(price4);
        OuchMapping.SetNumber(ref _report.VenueOrderId, orderReference);
        Deliver();
    }

    /// <summary>A refused new order; a refused replacement token is a refused replace (the original order stands).</summary>
    private void OnRejected(bool apply, ulong timestamp, long token, int reasonCode, ReadOnlySpan<byte> text)
    {
        if (!Known(token, apply))
        {
            return;
        }

        var previous = _table.PreviousOf(token);
        if (previous != 0)
        {
            BeginFor(VenueReportKind.CancelRejected, apply, timestamp);
            _report.ForReplace = true;
            _report.OrigClOrdId = _table.ClOrdIdOf(previous);
            _report.CumQuantity = _table.CumOf(previous);
            _report.LeavesQuantity = _table.LeavesOf(previous);
        }
        else
        {
            BeginFor(VenueReportKind.Rejected, apply, timestamp);
        }

        if (apply)
        {
            _table.Decrement(token, _table.LeavesOf(token));
        }

        _report.ClOrdId = _table.ClOrdIdOf(token);
        _report.ReasonCode = reasonCode;
        _report.Text.Set(text);
        Deliver();
    }

    private void OnCancelReject(bool apply, ulong timestamp, long token)
    {
        if (!Known(token, apply))
        {
            return;
        }

        var cancelClOrdId = _table.CancelClOrdIdOf(token);
        if (apply)
        {
            _table.ClearCancel(token);
        }

        BeginFor(VenueReportKind.CancelRejected, apply, timestamp);
        _report.ClOrdId = cancelClOrdId != 0 ? cancelClOrdId : _table.ClOrdIdOf(token);
        _report.OrigClOrdId = _table.ClOrdIdOf(token);
        _report.CumQuantity = _table.CumOf(token);
        _report.LeavesQuantity = _table.LeavesOf(token);
        _report.Text.Set("cancel rejected"u8);
        Deliver();
    }

    /// <summary>Cancel Pending, Priority Update: counted, reported as Status with what it was; nothing changes.</summary>
    private void OnStatus(bool apply, ulong timestamp, long token, OuchVenueCounter counter, ReadOnlySpan<byte> text)
    {
        if (!Known(token, apply))
        {
            return;
        }

        Counters.Increment(counter);
        BeginStatus(apply, timestamp, token, text);
        Deliver();
    }

    private void BeginStatus(bool apply, ulong timestamp, long token, ReadOnlySpan<byte> text)
    {
        BeginFor(VenueReportKind.Status, apply, timestamp);
        _report.ClOrdId = _table.ClOrdIdOf(token);
        _report.CumQuantity = _table.CumOf(token);
        _report.LeavesQuantity = _table.LeavesOf(token);
        _report.OrderQuantity = _table.QuantityOf(token);
        _report.Text.Set(text);
    }
}
