namespace Gateway.Journal;

/// <summary>What opening a journal found: for the event log and for tests.</summary>
/// <param name="Records">Good records replayed.</param>
/// <param name="Segments">Segment files the replay read.</param>
/// <param name="TornTail">
/// True if the replay stopped at a committed record that is not valid (bad checksum, length or sequence) or at a segment
/// without a valid header, rather than at a zero commit word.
/// </param>
/// <param name="OrphanedBytes">
/// Bytes cut after the last good record in its segment (up to the last non-zero one): copied to a <c>.orphan</c> file,
/// then zeroed. After kill -9 this is at most the one record being written, never committed.
/// </param>
/// <param name="OrphanedFiles">Later segment files holding data after the replay stopped: renamed to <c>.orphan</c>, never deleted.</param>
/// <param name="Created">True if the journal had no segment file and a new one was started.</param>
public readonly record struct JournalRecovery(
    long Records, int Segments, bool TornTail, long OrphanedBytes, int OrphanedFiles, bool Created);
