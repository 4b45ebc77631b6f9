using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Journal;

/// <summary>
/// The order thread's write-ahead journal: every order state change is appended here before the gateway acts on it,
/// and replayed in order when the gateway starts. Records go into memory-mapped, preallocated segment files
/// (layout in <see cref="JournalLayout"/>, crash rules in README.md): an append is a copy into the OS page cache —
/// no syscall, no allocation, no lock — so it survives kill -9 the moment <see cref="TryAppend{T}"/> returns; the
/// <see cref="JournalFsyncPolicy"/> decides what survives a power loss. A background thread prepares the next
/// segment and fsyncs.
/// </summary>
/// <remarks>
/// Single writer: <see cref="TryAppend{T}"/> and <see cref="Dispose"/> belong to one thread (the order thread). The
/// counters may be read from any thread. Little-endian hosts only (x64, arm64).
/// </remarks>
public sealed unsafe class OrderJournal : IDisposable
{
    private readonly JournalSegmentService _service;
    private readonly SafeFileHandle _lock;
    private readonly int _maxFrameLength;
    private readonly bool _fsyncEveryAppend;
    private JournalSegment _segment;
    private byte* _base;
    private int _position;
    private int _length;
    private long _lastSequence;
    private long _appendedBytes;
    private long _appends;
    private long _rolls;
    private long _failures;
    private long _appendFlushes;
    private long _appendFlushFailures;
    private bool _closed;

    private OrderJournal(JournalOptions options, JournalSegmentFiles files, JournalOpener.Opened opened, SafeFileHandle lockFile)
    {
        Options = options;
        _lock = lockFile;
        Recovery = opened.Recovery;
        _lastSequence = opened.LastSequence;
        _maxFrameLength = options.SegmentBytes - JournalLayout.SegmentHeaderLength;
        _fsyncEveryAppend = options.Fsync.Kind == JournalFsyncKind.EveryAppend;
        _segment = opened.Segment;
        SetCurrent(opened.Segment, opened.Position);
        _service = new JournalSegmentService(options, files, opened.Segment, () => AppendedBytes);
    }

    public JournalOptions Options { get; }

    /// <summary>What opening found: records replayed, a torn tail, bytes and files moved aside.</summary>
    public JournalRecovery Recovery { get; }

    /// <summary>The sequence of the last record in the journal (replayed or appended); 0 when it is empty.</summary>
    public long LastSequence => Volatile.Read(ref _lastSequence);

    /// <summary>Bytes appended since open, headers and padding included.</summary>
    public long AppendedBytes => Volatile.Read(ref _appendedBytes);

    /// <summary>Records appended since open.</summary>
    public long Appends => Volatile.Read(ref _appends);

    /// <summary>Moves to the next segment file since open.</summary>
    public long Rolls => Volatile.Read(ref _rolls);

    /// <summary>Rolls that found no prepared segment and created it on the appending thread.</summary>
    public long InlineRolls => _service.InlineCreations;

    /// <summary>Rolls that waited for the background thread to finish preparing the next segment (appends outran it).</summary>
    public long RollWaits => _service.RollWaits;

    /// <summary>Appends that returned false: journal closed, payload larger than a segment, no next segment (disk full), fsync failed.</summary>
    public long Failures => Volatile.Read(ref _failures);

    /// <summary>fsyncs done (by the appender with EveryAppend, by the background thread otherwise).</summary>
    public long Flushes => Volatile.Read(ref _appendFlushes) + _service.Flushes;

    public long FlushFailures => Volatile.Read(ref _appendFlushFailures) + _service.FlushFailures;

    /// <summary>Segment files that could not be created (disk full, permissions).</summary>
    public long SegmentCreateFailures => _service.PrepareFailures;

    /// <summary>The index of the segment file appends go to (1, 2, ...).</summary>
    public long CurrentSegmentIndex => Volatile.Read(ref _segment).Index;

    /// <summary>True when the segment after the current one is created and prefaulted (for tests and the admin view).</summary>
    public bool NextSegmentReady => _service.NextReady;

    /// <summary>Opens (or creates) the journal without looking at its records; appends continue after the last good one.</summary>
    public static OrderJournal Open(JournalOptions options)
    {
        var ignore = default(IgnoreRecords);
        return Open(options, ref ignore);
    }

    /// <summary>
    /// Opens (or creates) the journal, first handing every good record to <paramref name="handler"/> in order. The
    /// replay stops at the first zero or torn record; appends continue right after the last good one (what followed
    /// it is moved aside, see <see cref="Recovery"/>).
    /// </summary>
    /// <exception cref="ArgumentException">Bad options.</exception>
    /// <exception cref="IOException">
    /// The journal is open already (in this or another process: one writer per journal, held by a lock on
    /// <c>{Name}.lock</c>), or the folder or a segment file cannot be read or created.
    /// </exception>
    public static OrderJournal Open<THandler>(JournalOptions options, ref THandler handler)
        where THandler : struct, IJournalReplayHandler
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the journal's records are written in the host's byte order, which must be little-endian");
        }

        Directory.CreateDirectory(options.Directory);
        var files = new JournalSegmentFiles(options.Directory, options.Name);
        var lockFile = files.Lock();
        try
        {
            var opened = JournalOpener.Open(options, files, ref handler);
            try
            {
                return new OrderJournal(options, files, opened, lockFile);
            }
            catch
            {
                opened.Segment.Dispose();
                throw;
            }
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Appends one record holding <paramref name="payload"/>'s bytes: in the journal (in the OS page cache) when this
    /// returns true. False — never an exception — when the journal cannot take it: closed, payload larger than a
    /// segment, the next segment cannot be created (disk full), or with EveryAppend the fsync failed; the caller
    /// rejects the order. Order thread only; no allocation, no syscall unless the policy is EveryAppend.
    /// </summary>
    public bool TryAppend<T>(ushort recordType, in T payload)
        where T : unmanaged
    {
        var payloadLength = sizeof(T);
        var frameLength = JournalLayout.FrameLength(payloadLength);
        if (_length - _position < frameLength && !Roll(frameLength))
        {
            return false;
        }

        var frame = new Span<byte>(_base + _position, frameLength);
        var sequence = _lastSequence + 1;
        BinaryPrimitives.WriteUInt16LittleEndian(frame[JournalLayout.RecordTypeOffset..], recordType);
        BinaryPrimitives.WriteUInt16LittleEndian(frame[JournalLayout.ReservedOffset..], 0);
        BinaryPrimitives.WriteInt64LittleEndian(frame[JournalLayout.SequenceOffset..], sequence);
        BinaryPrimitives.WriteInt32LittleEndian(frame[JournalLayout.PayloadLengthOffset..], payloadLength);
        MemoryMarshal.Write(frame[JournalLayout.RecordHeaderLength..], in payload);
        BinaryPrimitives.WriteUInt32LittleEndian(frame[JournalLayout.RecordCrcOffset..], JournalLayout.RecordCrc(frameLength, frame, payloadLength));

        // The commit: the frame length last, with release semantics, so a reader never sees it before the record.
        Volatile.Write(ref Unsafe.As<byte, int>(ref MemoryMarshal.GetReference(frame)), frameLength);

        _position += frameLength;
        Volatile.Write(ref _lastSequence, sequence);
        Volatile.Write(ref _appendedBytes, _appendedBytes + frameLength);
        Volatile.Write(ref _appends, _appends + 1);
        return !_fsyncEveryAppend || FlushAfterAppend();
    }

    /// <summary>Stops the background thread, fsyncs per policy, unmaps. Appends then return false. Order thread only.</summary>
    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _base = null;
        _position = 0;
        _length = 0;
        _service.Dispose();
        if (Options.Fsync.Kind != JournalFsyncKind.None)
        {
            try
            {
                _segment.Flush();
            }
            catch (IOException)
            {
                Volatile.Write(ref _appendFlushFailures, _appendFlushFailures + 1);
            }
        }

        _segment.Dispose();
        _lock.Dispose();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Roll(int frameLength)
    {
        if (_closed || frameLength > _maxFrameLength)
        {
            return Fail();
        }

        var next = _service.TakeNext();
        if (next is null)
        {
            return Fail();
        }

        if (_position < _length)
        {
            // Tell readers the rest of this segment is unused: the journal goes on in the next one.
            Volatile.Write(ref Unsafe.AsRef<int>(_base + _position), JournalLayout.EndOfSegment);
        }

        var previous = _segment;
        SetCurrent(next, JournalLayout.SegmentHeaderLength);
        _service.Retire(previous);
        Volatile.Write(ref _rolls, _rolls + 1);
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool FlushAfterAppend()
    {
        try
        {
            _segment.Flush();
            Volatile.Write(ref _appendFlushes, _appendFlushes + 1);
            return true;
        }
        catch (IOException)
        {
            // The record is in the journal but not known to be on the disk: the caller rejects the order.
            Volatile.Write(ref _appendFlushFailures, _appendFlushFailures + 1);
            return Fail();
        }
    }

    private bool Fail()
    {
        Volatile.Write(ref _failures, _failures + 1);
        return false;
    }

    private void SetCurrent(JournalSegment segment, int position)
    {
        Volatile.Write(ref _segment, segment);
        _base = segment.Pointer;
        _length = segment.Length;
        _position = position;
    }

    private struct IgnoreRecords : IJournalReplayHandler
    {
        public readonly void OnRecord(ushort recordType, long sequence, ReadOnlySpan<byte> payload)
        {
        }
    }
}
