using Gateway.Venues.Orders;

namespace Gateway.Venues.Fix;

/// <summary>
/// The last <see cref="Capacity"/> requests sent, by the MsgSeqNum they went out with, so that a session Reject (3)
/// or a BusinessMessageReject (j), which names only RefSeqNum (45), can be reported against the request it refuses.
/// A slot is overwritten <see cref="Capacity"/> sends later; a reject that late is reported as Unrecognised.
/// Written and read on the session thread only.
/// </summary>
internal sealed class SentRequestRing
{
    public const int Capacity = 4096;
    private const int Mask = Capacity - 1;

    private readonly int[] _seqNums = new int[Capacity];
    private readonly long[] _clOrdIds = new long[Capacity];
    private readonly long[] _origClOrdIds = new long[Capacity];
    private readonly VenueRequestKind[] _kinds = new VenueRequestKind[Capacity];

    /// <summary>The highest MsgSeqNum recorded since the last <see cref="Clear"/>.</summary>
    public int Highest { get; private set; }

    public void Add(int seqNum, in VenueRequest request)
    {
        var slot = seqNum & Mask;
        _seqNums[slot] = seqNum;
        _clOrdIds[slot] = request.ClOrdId;
        _origClOrdIds[slot] = request.OrigClOrdId;
        _kinds[slot] = request.Kind;
        Highest = Math.Max(Highest, seqNum);
    }

    public bool TryFind(long seqNum, out VenueRequestKind kind, out long clOrdId, out long origClOrdId)
    {
        var slot = (int)(seqNum & Mask);
        if (seqNum > 0 && _seqNums[slot] == seqNum)
        {
            kind = _kinds[slot];
            clOrdId = _clOrdIds[slot];
            origClOrdId = _origClOrdIds[slot];
            return true;
        }

        kind = default;
        clOrdId = 0;
        origClOrdId = 0;
        return false;
    }

    /// <summary>A new sequence epoch (session reset): old numbers name other messages now.</summary>
    public void Clear()
    {
        Array.Clear(_seqNums);
        Highest = 0;
    }
}
