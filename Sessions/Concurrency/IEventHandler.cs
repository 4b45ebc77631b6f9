namespace Gateway.Sessions.Concurrency;

/// <summary>
/// Handles ring entries in place. Implement it on a struct and pass it as a generic argument: the JIT then
/// compiles the consumer loop for that handler and inlines the call. (Disruptor's IValueEventHandler.)
/// </summary>
public interface IEventHandler<T>
    where T : struct
{
    /// <summary>
    /// One entry: read it or update it in place (a later stage sees the update). <paramref name="endOfBatch"/> is
    /// true on the last entry available now: a good moment to flush. Must not throw: an exception is a bug; the
    /// entry is skipped and the exception is passed on.
    /// </summary>
    void OnEvent(ref T entry, long sequence, bool endOfBatch);
}
