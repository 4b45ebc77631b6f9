namespace Gateway.Journal;

/// <summary>
/// Receives the journal's records in order when it is opened (<see cref="OrderJournal.Open{THandler}"/>). Implement
/// it on a struct so the JIT devirtualises the call. Read a payload back with <c>MemoryMarshal.Read&lt;T&gt;(payload)</c>.
/// </summary>
public interface IJournalReplayHandler
{
    /// <param name="recordType">The type given to <see cref="OrderJournal.TryAppend{T}"/>.</param>
    /// <param name="sequence">1 for the journal's first record, then contiguous.</param>
    /// <param name="payload">The record's bytes, valid only during the call.</param>
    void OnRecord(ushort recordType, long sequence, ReadOnlySpan<byte> payload);
}
