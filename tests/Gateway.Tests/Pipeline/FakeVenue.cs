using Gateway.Venues;
using Gateway.Venues.Orders;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// A venue's adapter that records the requests it is handed and answers what the test says (Sent by default).
/// Pre-sized, so recording allocates nothing in the allocation tests.
/// </summary>
internal sealed class FakeVenue(int venueId, string name = "fake") : IVenueAdapter
{
    private readonly HashSet<long> _sent = new(4096);

    public int VenueId { get; } = venueId;

    public string Name { get; } = name;

    public bool IsLoggedOn { get; set; } = true;

    /// <summary>What <see cref="TrySend"/> answers; requests are recorded only when it is Sent.</summary>
    public VenueSendResult Answer { get; set; } = VenueSendResult.Sent;

    public List<VenueRequest> Requests { get; } = new(16384);

    /// <summary>Every request offered, whatever the answer.</summary>
    public int Offered { get; private set; }

    /// <summary>The argument of the last <see cref="ResumeFromVenueSequence"/>; null: never called.</summary>
    public long? ResumedFrom { get; private set; }

    public VenueRequest Last => Requests[^1];

    public VenueSendResult TrySend(in VenueRequest request)
    {
        Offered++;
        if (Answer == VenueSendResult.Sent)
        {
            Requests.Add(request);
            _sent.Add(request.ClOrdId);
        }

        return Answer;
    }

    /// <summary>Marks a request id as stored by the session (for a recovery after a "restart").</summary>
    public void MarkSent(long clOrdId) => _sent.Add(clOrdId);

    public bool HasSent(long clOrdId) => _sent.Contains(clOrdId);

    public void ResumeFromVenueSequence(long lastAppliedSequence) => ResumedFrom = lastAppliedSequence;

    public void Clear() => Requests.Clear();
}
