using Gateway.Journal;
using Gateway.Orders;
using Gateway.Venues;
using Gateway.Venues.Orders;

namespace Gateway.Pipeline;

/// <summary>
/// Start-up after a stop or a crash, before the threads run: the book is rebuilt from the journal, the risk engine
/// gets the open orders and the day's fills back, and what was in flight is settled so that nothing is sent twice:
/// a new order, cancel or replace the venue's session never stored was not sent, and is refused now; one it did
/// store reached the venue (or will, by resend), and its answer comes with the session's resynchronisation, which
/// each venue is told to start from the last venue message the journal applied.
/// </summary>
public sealed partial class OrderProcessor
{
    /// <summary>Replays the journal into the book (the host calls it first, with a journal opened by <see cref="OrderJournal.Open{THandler}"/>).</summary>
    public static BookReplayHandler ReplayInto(OrderBook book) => new(book);

    /// <summary>Settles the replayed book with the venues; returns what it found. Call before the threads start.</summary>
    public RecoverySummary Recover(IReadOnlyList<IVenueAdapter> venues, long clOrdIdFloor)
    {
        _now = _clock.NowNanos();
        _book.SeedClOrdIds(clOrdIdFloor);
        var summary = new RecoverySummary { Orders = _book.Count, Open = _book.OpenCount };
        summary.Risk = RiskRestore.FromBook(_book, _risk, _now);

        foreach (var venue in venues)
        {
            venue.ResumeFromVenueSequence(_book.LastVenueSequence(venue.VenueId));
        }

        for (var index = 0; index < _book.Count; index++)
        {
            SettleInFlight(index, venues, ref summary);
        }

        return summary;
    }

    private void SettleInFlight(int index, IReadOnlyList<IVenueAdapter> venues, ref RecoverySummary summary)
    {
        ref var order = ref _book[index];
        var venue = Find(venues, order.VenueId);
        switch (order.State)
        {
            case OrderState.PendingNew when order.IsPendingReplacement:
                if (venue is null || !venue.HasSent(order.ClOrdId))
                {
                    summary.UnsentRequests++;
                    FailPending(index, forReplace: true, "not sent before gateway stop"u8);
                }

                break;
            case OrderState.PendingNew:
                if (venue is null || !venue.HasSent(order.ClOrdId))
                {
                    summary.UnsentRequests++;
                    AbandonUnsent(index, "not sent before gateway stop"u8);
                }

                break;
            case OrderState.PendingCancel:
                if (venue is null || !venue.HasSent(order.PendingClOrdId))
                {
                    summary.UnsentRequests++;
                    FailPending(index, forReplace: false, "not sent before gateway stop"u8);
                }

                // A cancel of an order that was itself never sent: the order is back to PendingNew; settle it too.
                if (_book[index].State == OrderState.PendingNew && !_book[index].IsPendingReplacement
                    && (venue is null || !venue.HasSent(_book[index].ClOrdId)))
                {
                    summary.UnsentRequests++;
                    AbandonUnsent(index, "not sent before gateway stop"u8);
                }

                break;
        }
    }

    private static IVenueAdapter? Find(IReadOnlyList<IVenueAdapter> venues, int venueId)
    {
        foreach (var venue in venues)
        {
            if (venue.VenueId == venueId)
            {
                return venue;
            }
        }

        return null;
    }

    /// <summary>Journal replay: every record snapshot back into the book, in order.</summary>
    public struct BookReplayHandler(OrderBook book) : IJournalReplayHandler
    {
        public int Records { get; private set; }

        public int Failures { get; private set; }

        public void OnRecord(ushort recordType, long sequence, ReadOnlySpan<byte> payload)
        {
            if (recordType == OrderRecordType && OrderRecordCodec.TryRead(payload, out var record)
                && book.Apply(in record) == ApplyResult.Applied)
            {
                Records++;
            }
            else
            {
                Failures++;
            }
        }
    }
}

/// <summary>What start-up recovery found.</summary>
public struct RecoverySummary
{
    public int Orders;
    public int Open;
    public int UnsentRequests;
    public RiskRestoreCounts Risk;
}
