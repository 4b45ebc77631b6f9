namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// The ResendRequest this session has outstanding, as QuickFIX/n tracks it: the range asked for, the chunk being
/// asked for when MaxMessagesInResendRequest splits it, and the too-high MsgSeqNum that started it (the real end
/// when EndSeqNo was sent as 0, "infinity").
/// </summary>
internal struct ResendRange
{
    public const int NotSet = int.MaxValue;

    public int BeginSeqNo;

    /// <summary>The last number needed; 0 (infinity) when the request asked for everything.</summary>
    public int EndSeqNo;

    /// <summary>EndSeqNo of the chunk asked for; <see cref="NotSet"/> when the request is not chunked.</summary>
    public int ChunkEndSeqNo;

    /// <summary>The MsgSeqNum whose arrival showed the gap.</summary>
    public int TriggerSeqNo;

    public bool IsResendStarted;

    public readonly bool IsRequested => !(BeginSeqNo == 0 && EndSeqNo == 0);

    public void Reset()
    {
        BeginSeqNo = 0;
        EndSeqNo = 0;
        ChunkEndSeqNo = NotSet;
        TriggerSeqNo = 0;
        IsResendStarted = false;
    }

    public void Set(int begin, int end, int trigger, int chunkEnd)
    {
        BeginSeqNo = begin;
        EndSeqNo = end;
        TriggerSeqNo = trigger;
        ChunkEndSeqNo = chunkEnd;
        IsResendStarted = false;
    }

    public void UpdateChunk(int begin, int chunkEnd)
    {
        BeginSeqNo = begin;
        ChunkEndSeqNo = chunkEnd;
        IsResendStarted = false;
    }
}
