namespace Gateway.Journal;

/// <summary>What opening a journal found: for the event log and for tests.</summary>
/// <param name="Records">Good records replayed.</param>
/// <param name="Segments">Segment files the replay read.</param>
/// <param name="TornTail">True if the replay stopped at a torn or invalid record rather than at clean zeros.</param>
/// <param name="OrphanedBytes">Non-zero bytes found after the last good record in its segment: copied to a <c>.orphan</c> file, then zeroed.</param>
/// <param name="OrphanedFiles">Later segment files holding data after the replay stopped: renamed to <c>.orphan</c>, never deleted.</param>
/// <param name="Created">True if the journal had no segment file and a new one was started.</param>
public readonly record struct JournalRecovery(
    long Records, int Segments, bool TornTail, long OrphanedBytes, int OrphanedFiles, bool Created);
