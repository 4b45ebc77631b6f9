using System.Text;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Logging;

namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// A session's message and event log files (<c>&lt;session&gt;.messages.log</c>, <c>&lt;session&gt;.event.log</c>;
/// line format in <see cref="LogLineFormat"/>). The session thread only copies the bytes into a ring and returns; a
/// <see cref="FixLogWriter"/> thread formats and writes them. When the ring is full the record is dropped and counted,
/// and the event log says how many were lost.
/// </summary>
public sealed class FileFixMessageLog : IFixMessageLog
{
    private const int Incoming = 1;
    private const int Outgoing = 2;
    private const int Event = 3;
    private const int MaxRecordsPerDrain = 4096;

    private readonly SpscByteRing _ring;
    private readonly FileLogOptions _options;
    private readonly FixLogWriter _writer;
    private readonly bool _ownsWriter;
    private readonly Lock _drain = new();
    private readonly FileStream _messages;
    private readonly FileStream _events;
    private long _droppedReported;
    private long _writeFailures;
    private byte[] _line = new byte[LogLineFormat.MaxLineLength(4096)];
    private bool _closed;

    public FileFixMessageLog(FileLogOptions options, FixSessionId session)
        : this(options, session.FileNamePrefix)
    {
    }

    public FileFixMessageLog(FileLogOptions options, string fileNamePrefix)
    {
        _options = options;
        _ring = new SpscByteRing(options.RingBytes);
        Directory.CreateDirectory(options.Directory);
        MessagesPath = Path.Combine(options.Directory, fileNamePrefix + ".messages.log");
        EventsPath = Path.Combine(options.Directory, fileNamePrefix + ".event.log");
        _messages = OpenAppend(MessagesPath);
        _events = OpenAppend(EventsPath);
        _ownsWriter = options.Writer is null;
        _writer = options.Writer ?? new FixLogWriter();
        _writer.Add(this);
    }

    public string MessagesPath { get; }

    public string EventsPath { get; }

    /// <summary>Records lost because the ring was full.</summary>
    public long Dropped => _ring.Dropped;

    /// <summary>Records (or flushes) lost to an I/O error on the writer thread, such as a full disk.</summary>
    public long WriteFailures => Volatile.Read(ref _writeFailures);

    public void OnIncoming(ReadOnlySpan<byte> frame) => _ring.TryWrite(Incoming, _options.Clock.NowNanos(), frame);

    public void OnOutgoing(ReadOnlySpan<byte> frame) => _ring.TryWrite(Outgoing, _options.Clock.NowNanos(), frame);

    public void OnEvent(string text)
    {
        if (_ring.TryClaim(Encoding.UTF8.GetMaxByteCount(text.Length), out var payload))
        {
            _ring.Commit(Event, _options.Clock.NowNanos(), Encoding.UTF8.GetBytes(text, payload));
        }
    }

    /// <summary>Writer thread: formats what the ring holds into the files; returns the records written.</summary>
    public int Drain()
    {
        lock (_drain)
        {
            return _closed ? 0 : DrainLocked();
        }
    }

    /// <summary>Writes what is still in the ring and closes the files.</summary>
    public void Dispose()
    {
        if (_ownsWriter)
        {
            _writer.Dispose();
        }

        _writer.Remove(this);
        lock (_drain)
        {
            if (_closed)
            {
                return;
            }

            while (DrainLocked() > 0)
            {
            }

            _closed = true;
            _messages.Dispose();
            _events.Dispose();
        }
    }

    private int DrainLocked()
    {
        var sink = new Sink(this);
        var records = _ring.Read(ref sink, MaxRecordsPerDrain);
        records += ReportDrops();
        if (records > 0)
        {
            try
            {
                _messages.Flush();
                _events.Flush();
            }
            catch (IOException)
            {
                Volatile.Write(ref _writeFailures, _writeFailures + 1);
            }
        }

        return records;
    }

    private static FileStream OpenAppend(string path) =>
        new(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 64 * 1024);

    private void Write(int type, long timestamp, ReadOnlySpan<byte> payload)
    {
        var max = LogLineFormat.MaxLineLength(payload.Length);
        if (_line.Length < max)
        {
            _line = new byte[max];
        }

        var line = _line.AsSpan();
        var n = LogLineFormat.WriteTimestamp(timestamp, line);
        line[n++] = (byte)' ';
        if (type == Event)
        {
            n += LogLineFormat.WriteEvent(payload, line[n..]);
        }
        else
        {
            (type == Incoming ? "IN  "u8 : "OUT "u8).CopyTo(line[n..]);
            n += 4;
            n += LogLineFormat.WriteFrame(payload, line[n..]);
        }

        line[n++] = (byte)'\n';
        try
        {
            (type == Event ? _events : _messages).Write(line[..n]);
        }
        catch (IOException)
        {
            // The record is lost, not retried: a full disk must not stop the ring from draining.
            Volatile.Write(ref _writeFailures, _writeFailures + 1);
        }
    }

    private int ReportDrops()
    {
        var dropped = _ring.Dropped;
        if (dropped == _droppedReported)
        {
            return 0;
        }

        var text = $"message log ring full: {dropped - _droppedReported} records not logged ({dropped} since start)";
        _droppedReported = dropped;
        Write(Event, _options.Clock.NowNanos(), Encoding.UTF8.GetBytes(text));
        return 1;
    }

    private readonly struct Sink(FileFixMessageLog log) : IRingReader
    {
        public void OnRecord(int type, long timestamp, ReadOnlySpan<byte> payload) => log.Write(type, timestamp, payload);
    }
}
