using Gateway.Sessions.Fix.Config;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// A message store in three files per session (layouts in <see cref="FileStoreLayout"/>): survives kill -9, and with
/// <see cref="FsyncPolicy.EveryMessage"/> a power loss. <see cref="Append"/> copies the frame, then its index record,
/// into shared memory mappings of .body and .index (<see cref="MappedAppendFile"/>: the OS page cache itself, no
/// syscall, no allocation, no lock; a syscall only when a mapped window of the file is used up). A sequence-number
/// change is a 48-byte copy into the memory-mapped .seqnums file (<see cref="MappedSlotFile"/>), except the increment
/// that follows an append, which the index already implies.
/// </summary>
/// <remarks>
/// The files are opened shared, so a second process can <see cref="Refresh"/> from them (hot fail-over); two writers
/// at once corrupt the store, and preventing that is the deployment's job. I/O failures while changing sequence
/// numbers throw <see cref="IOException"/>: the session must not go on with numbers it could not persist.
/// </remarks>
public sealed class FileFixMessageStore : IFixMessageStore
{
    private const int IndexChunkRecords = 2730;
    private const long MinimumBodyWindowBytes = 1024 * 1024;

    private readonly FileStoreOptions _options;
    private readonly SafeFileHandle _body;
    private readonly SafeFileHandle _index;
    private readonly SafeFileHandle _seqNums;
    private readonly FileStoreFlusher? _flusher;
    private readonly MappedAppendFile _bodyAppender;
    private readonly MappedAppendFile _indexAppender;
    private readonly byte[] _slotBytes = new byte[FileStoreLayout.SlotLength];
    private readonly MappedSlotFile? _slots; // null only while the constructor loads (slot writes then use pwrite)

    private SeqNumSlot _slot;
    private long _recordCount;
    private long _bodyLength;
    private int _maxSeqAfterWatermark;
    private bool _disposed;

    public FileFixMessageStore(FileStoreOptions options, FixSessionId session)
        : this(options, session.FileNamePrefix)
    {
    }

    /// <param name="fileNamePrefix">The files are <c>{prefix}.body</c>, <c>.index</c> and <c>.seqnums</c>.</param>
    public FileFixMessageStore(FileStoreOptions options, string fileNamePrefix)
    {
        _options = options;
        Directory.CreateDirectory(options.Directory);
        var stem = Path.Combine(options.Directory, fileNamePrefix);
        BodyPath = stem + FileStoreLayout.BodySuffix;
        IndexPath = stem + FileStoreLayout.IndexSuffix;
        SeqNumsPath = stem + FileStoreLayout.SeqNumsSuffix;
        _body = OpenFile(BodyPath, options.PreallocateBodyBytes);
        _index = OpenFile(IndexPath, options.PreallocateBodyBytes / 8);
        _seqNums = OpenFile(SeqNumsPath, 0);
        var bodyWindow = Math.Max(MinimumBodyWindowBytes, options.PreallocateBodyBytes);
        _bodyAppender = new MappedAppendFile(_body, 0, bodyWindow);
        _indexAppender = new MappedAppendFile(_index, 0, bodyWindow / 8);
        try
        {
            Load(truncate: true);
            _slots = new MappedSlotFile(_seqNums);
        }
        catch
        {
            CloseFiles();
            throw;
        }

        if (options.Fsync == FsyncPolicy.IntervalMillis)
        {
            _flusher = new FileStoreFlusher("fix-store-flush " + fileNamePrefix, options.FsyncIntervalMillis, _body, _index, _seqNums);
        }
    }

    public string BodyPath { get; }

    public string IndexPath { get; }

    public string SeqNumsPath { get; }

    /// <summary>What the last open or <see cref="Refresh"/> found on disk.</summary>
    public FileStoreRecovery Recovery { get; private set; }

    public int NextSenderMsgSeqNum { get; private set; }

    public int NextTargetMsgSeqNum { get; private set; }

    public long CreationTimeNanos => _slot.CreationTimeNanos;

    /// <summary>Appends that failed with an I/O error (disk full, device gone); each returned false.</summary>
    public long AppendFailures { get; private set; }

    /// <summary>With <see cref="FsyncPolicy.IntervalMillis"/>: background rounds that flushed something.</summary>
    public long BackgroundFlushes => _flusher?.Flushes ?? 0;

    /// <summary>Stored frames that <see cref="Get"/> skipped because they did not match their CRC.</summary>
    public long CorruptFramesSkipped { get; private set; }

    public void SetNextSenderMsgSeqNum(int value)
    {
        NextSenderMsgSeqNum = value;
        WriteSlot();
    }

    public void SetNextTargetMsgSeqNum(int value)
    {
        NextTargetMsgSeqNum = value;
        WriteSlot();
    }

    public void IncrNextSenderMsgSeqNum()
    {
        NextSenderMsgSeqNum++;
        if (NextSenderMsgSeqNum != SenderImpliedByFiles)
        {
            WriteSlot();
        }
    }

    public void IncrNextTargetMsgSeqNum()
    {
        NextTargetMsgSeqNum++;
        WriteSlot();
    }

    public bool Append(int seqNum, ReadOnlySpan<byte> frame)
    {
        // Both claims first: a file that cannot grow fails the append before anything is committed.
        Span<byte> body;
        Span<byte> record;
        try
        {
            body = _bodyAppender.Claim(frame.Length);
            record = _indexAppender.Claim(FileStoreLayout.IndexRecordLength);
        }
        catch (IOException)
        {
            AppendFailures++;
            return false;
        }

        // The frame before its record, and the record's own CRC last: a kill in between leaves a record that fails
        // its CRC (cut on open), never one that points at a frame not there.
        frame.CopyTo(body);
        new IndexRecord(seqNum, frame.Length, _bodyLength, Crc32C.Compute(frame)).WriteTo(record);
        _bodyAppender.Commit(frame.Length);
        _indexAppender.Commit(FileStoreLayout.IndexRecordLength);
        _bodyLength += frame.Length;
        _recordCount++;
        if (seqNum > _maxSeqAfterWatermark)
        {
            _maxSeqAfterWatermark = seqNum;
        }

        Flushed(_body, _index);
        return true;
    }

    public void Get(int begin, int end, List<StoredMessage> into)
    {
        var last = StoreRange.LastOf(end);
        if (begin > last)
        {
            return;
        }

        // The index is in append order and a seqNum appended again replaces the earlier frame.
        var wanted = new SortedDictionary<int, IndexRecord>();
        var buffer = new byte[IndexChunkRecords * FileStoreLayout.IndexRecordLength];
        for (long first = 0; first < _recordCount; first += IndexChunkRecords)
        {
            var count = (int)Math.Min(IndexChunkRecords, _recordCount - first);
            var span = buffer.AsSpan(0, count * FileStoreLayout.IndexRecordLength);
            FileStoreLoader.ReadFully(_index, span, first * FileStoreLayout.IndexRecordLength);
            for (var i = 0; i < count; i++)
            {
                if (IndexRecord.TryRead(span.Slice(i * FileStoreLayout.IndexRecordLength), out var record)
                    && record.SeqNum >= begin && record.SeqNum <= last)
                {
                    wanted[record.SeqNum] = record;
                }
            }
        }

        foreach (var record in wanted.Values)
        {
            var frame = new byte[record.Length];
            if (FileStoreLoader.ReadFully(_body, frame, record.BodyOffset) == frame.Length && Crc32C.Compute(frame) == record.FrameCrc)
            {
                into.Add(new StoredMessage(record.SeqNum, frame));
            }
            else
            {
                CorruptFramesSkipped++;
            }
        }
    }

    /// <summary>
    /// Messages go first, then the seqnums: a crash in between leaves the old numbers with no messages to resend
    /// (answered with gap fills), never new numbers beside old messages.
    /// </summary>
    public void Reset(long creationTimeNanos)
    {
        _indexAppender.Restart(0);
        _bodyAppender.Restart(0);
        RandomAccess.SetLength(_index, 0);
        RandomAccess.SetLength(_body, 0);
        _recordCount = 0;
        _bodyLength = 0;
        NextSenderMsgSeqNum = 1;
        NextTargetMsgSeqNum = 1;
        _slot = _slot with { CreationTimeNanos = creationTimeNanos };
        WriteSlot();
    }

    /// <summary>Re-reads the files (another process may have written them); cuts nothing off.</summary>
    public void Refresh() => Load(truncate: false);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _flusher?.Dispose();
        _indexAppender.Dispose(); // unmapped, and the reserved zeros after the content cut off
        _bodyAppender.Dispose();
        if (_options.Fsync != FsyncPolicy.Never)
        {
            _slots?.Flush();
            RandomAccess.FlushToDisk(_body);
            RandomAccess.FlushToDisk(_index);
            RandomAccess.FlushToDisk(_seqNums);
        }

        CloseFiles();
    }

    /// <summary>What a reopen would compute for the next sender seqnum from the slot and the index after it.</summary>
    private int SenderImpliedByFiles => Math.Max(_slot.NextSender, _maxSeqAfterWatermark + 1);

    private void Load(bool truncate)
    {
        var state = FileStoreLoader.Load(_body, _index, _seqNums, _options.Clock.NowNanos(), truncate, SeqNumsPath);
        _slot = state.Slot;
        _recordCount = state.RecordCount;
        _bodyLength = state.BodyLength;
        _maxSeqAfterWatermark = state.MaxSeqAfterWatermark;
        _bodyAppender.Restart(_bodyLength);
        _indexAppender.Restart(_recordCount * FileStoreLayout.IndexRecordLength);
        NextSenderMsgSeqNum = SenderImpliedByFiles;
        NextTargetMsgSeqNum = _slot.NextTarget;
        Recovery = state.Report;
        // A new store, or a cut tail whose seqnums are now known only in memory: persist them.
        if (truncate && (state.Report.Created || state.Report.DroppedIndexBytes > 0))
        {
            WriteSlot();
        }
    }

    private void WriteSlot()
    {
        var slot = new SeqNumSlot(NextSenderMsgSeqNum, NextTargetMsgSeqNum, _slot.Generation + 1, _slot.CreationTimeNanos, _recordCount);
        if (_slots is not null)
        {
            slot.WriteTo(_slots.Slot(slot.Offset));
        }
        else
        {
            slot.WriteTo(_slotBytes);
            RandomAccess.Write(_seqNums, _slotBytes, slot.Offset);
        }

        _slot = slot;
        _maxSeqAfterWatermark = 0;
        if (_options.Fsync == FsyncPolicy.EveryMessage)
        {
            _slots?.Flush(); // msync; the fsync below covers it on Linux, not everywhere
        }

        Flushed(_seqNums, null);
    }

    private void Flushed(SafeFileHandle file, SafeFileHandle? other)
    {
        switch (_options.Fsync)
        {
            case FsyncPolicy.EveryMessage:
                RandomAccess.FlushToDisk(file);
                if (other is not null)
                {
                    RandomAccess.FlushToDisk(other);
                }

                break;
            case FsyncPolicy.IntervalMillis:
                _flusher?.MarkDirty();
                break;
        }
    }

    /// <summary>Opens an existing file, or creates it with disk space reserved (.NET reserves only for new files).</summary>
    private static SafeFileHandle OpenFile(string path, long preallocate)
    {
        const FileShare share = FileShare.ReadWrite | FileShare.Delete;
        if (!File.Exists(path))
        {
            try
            {
                return File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, share, FileOptions.None, preallocate);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Created meanwhile by someone else: open it below.
            }
        }

        return File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, share);
    }

    private void CloseFiles()
    {
        _slots?.Dispose();
        _indexAppender.Dispose();
        _bodyAppender.Dispose();
        _body.Dispose();
        _index.Dispose();
        _seqNums.Dispose();
    }
}
