using System.Globalization;
namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>A message the session keeps because its MsgSeqNum was too high, and what it will do with it later.</summary>
internal sealed record QueuedMessage(int SeqNum, SessionMsg Message);

/// <summary>The gap queue and the outstanding ResendRequest, saved to try alternatives one after the other.</summary>
internal sealed record QueueState(SortedDictionary<int, QueuedMessage> Queue, int Trigger, int Begin, int ReplayFrom);

/// <summary>
/// The oracle's picture of the acceptor session: the sequence numbers in both directions, what we have been sent
/// (to check resends), the messages waiting in the gap queue, and an outstanding ResendRequest.
/// </summary>
internal sealed class FuzzModel
{
    public int NextIn { get; set; } = 1;

    public int NextOut { get; set; } = 1;

    public bool Connected { get; set; }

    /// <summary>The session sent a Logout and waits for ours.</summary>
    public bool AwaitingLogout { get; set; }

    /// <summary>MsgType of every sequenced message the session sent since the last reset, by MsgSeqNum.</summary>
    public Dictionary<int, string> Sent { get; } = [];

    public SortedDictionary<int, QueuedMessage> Queue { get; } = [];

    /// <summary>The too-high MsgSeqNum that made the session send its outstanding ResendRequest; 0 if none.</summary>
    public int ResendTrigger { get; set; }

    /// <summary>Where the outstanding ResendRequest began.</summary>
    public int ResendBegin { get; set; }

    /// <summary>The lowest MsgSeqNum taken from the gap queue since the last ResendRequest (QuickFIX/n issue 309).</summary>
    public int QueueReplayFrom { get; set; } = int.MaxValue;

    public long NowNanos { get; set; }

    private int _ids;

    public string NextId(string prefix) => prefix + (++_ids).ToString(CultureInfo.InvariantCulture);

    public QueueState SaveQueue() => new(new SortedDictionary<int, QueuedMessage>(Queue), ResendTrigger, ResendBegin, QueueReplayFrom);

    public void RestoreQueue(QueueState state)
    {
        Queue.Clear();
        foreach (var (seq, message) in state.Queue)
        {
            Queue.Add(seq, message);
        }

        ResendTrigger = state.Trigger;
        ResendBegin = state.Begin;
        QueueReplayFrom = state.ReplayFrom;
    }

    public void OnDisconnected()
    {
        Connected = false;
        AwaitingLogout = false;
        Queue.Clear();
        ResendTrigger = 0;
        ResendBegin = 0;
        QueueReplayFrom = int.MaxValue;
    }

    public void ResetSequences()
    {
        NextIn = 1;
        NextOut = 1;
        Sent.Clear();
    }

    public string SendingTime(long offsetNanos = 0) => Timestamp(NowNanos + offsetNanos);

    public static string Timestamp(long epochNanos) =>
        DateTime.UnixEpoch.AddTicks(epochNanos / 100).ToString("yyyyMMdd-HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
