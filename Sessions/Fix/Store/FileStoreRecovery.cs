namespace Gateway.Sessions.Fix.Store;

/// <summary>What opening (or refreshing) a file store found: for the event log and for tests.</summary>
/// <param name="Messages">Index records kept.</param>
/// <param name="DroppedIndexBytes">Bytes cut from the end of the index: a torn or invalid record and what followed it.</param>
/// <param name="DroppedBodyBytes">Bytes cut from the end of the body: frames written without (a valid) index record.</param>
/// <param name="SenderAdvancedByIndex">True if messages appended after the last seqnums write moved the next sender seqnum on.</param>
/// <param name="Created">True if there was no store and a new one was started.</param>
public readonly record struct FileStoreRecovery(
    long Messages, long DroppedIndexBytes, long DroppedBodyBytes, bool SenderAdvancedByIndex, bool Created);
