using System.Buffers.Binary;
using Gateway.Sessions.Agents;
using Gateway.Sessions.Logging;

namespace Gateway.Venues.Ouch.Log;

/// <summary>
/// An OUCH venue's message log (<see cref="OuchLogLineFormat"/>). The adapter's thread only copies the message into a
/// ring (<see cref="SpscByteRing"/>: no allocation, no lock, never waits) and returns; a background thread of this log
/// formats the lines and appends them to the file. A full ring drops the record and counts it (<see cref="Dropped"/>).
/// <code>
/// ring record payload:  0 number (int64, little-endian) | 8 the OUCH message
/// </code>
/// </summary>
public sealed class OuchMessageLog : IAgent, IDisposable
{
    private const int Incoming = 1;
    private const int Outgoing = 2;
    private const int NumberLength = 8;
    private const int MaxRecordsPerDrain = 4096;

    private readonly SpscByteRing _ring;
    private readonly FileStream _file;
    private readonly Lock _drain = new();
    private readonly AgentRunner? _runner;
    private byte[] _line = new byte[OuchLogLineFormat.MaxLineLength(512)];
    private long _writeFailures;
    private bool _closed;

    /// <param name="start">False: nothing is written until someone calls <see cref="DoWork"/> (tests).</param>
    public OuchMessageLog(string path, int ringBytes = 1 << 20, bool start = true)
    {
        Path = path;
        _ring = new SpscByteRing(ringBytes);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 64 * 1024);
        if (start)
        {
            _runner = new AgentRunner(this, new BackoffIdleStrategy(maxParkMicros: 1000),
                onError: _ => Interlocked.Increment(ref _writeFailures)).Start();
        }
    }

    public string Path { get; }

    public string RoleName => "ouch-log-writer";

    /// <summary>Messages not logged because the ring was full.</summary>
    public long Dropped => _ring.Dropped;

    /// <summary>Lines (or flushes) lost to an I/O error, such as a full disk.</summary>
    public long WriteFailures => Volatile.Read(ref _writeFailures);

    /// <summary>Adapter thread: a message to the venue, with the gateway's ClOrdId of the request.</summary>
    public void OnOutgoing(long timestampNanos, long clOrdId, ReadOnlySpan<byte> message) =>
        Put(Outgoing, timestampNanos, clOrdId, message);

    /// <summary>Adapter thread: a sequenced message from the venue, with its SoupBinTCP sequence number.</summary>
    public void OnIncoming(long timestampNanos, long sequence, ReadOnlySpan<byte> message) =>
        Put(Incoming, timestampNanos, sequence, message);

    /// <summary>Writer thread: formats what the ring holds into the file; returns the messages written.</summary>
    public int DoWork()
    {
        lock (_drain)
        {
            return _closed ? 0 : DrainLocked();
        }
    }

    /// <summary>Stops the writer, writes what the ring still holds and closes the file.</summary>
    public void Dispose()
    {
        _runner?.Dispose();
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
            _file.Dispose();
        }
    }

    private void Put(int type, long timestampNanos, long number, ReadOnlySpan<byte> message)
    {
        if (_ring.TryClaim(NumberLength + message.Length, out var payload))
        {
            BinaryPrimitives.WriteInt64LittleEndian(payload, number);
            message.CopyTo(payload[NumberLength..]);
            _ring.Commit(type, timestampNanos, NumberLength + message.Length);
        }
    }

    private int DrainLocked()
    {
        var sink = new Sink(this);
        var records = _ring.Read(ref sink, MaxRecordsPerDrain);
        if (records > 0)
        {
            try
            {
                _file.Flush();
            }
            catch (IOException)
            {
                Volatile.Write(ref _writeFailures, _writeFailures + 1);
            }
        }

        return records;
    }

    private void Write(int type, long timestamp, ReadOnlySpan<byte> payload)
    {
        var message = payload[NumberLength..];
        var max = OuchLogLineFormat.MaxLineLength(message.Length);
        if (_line.Length < max)
        {
            _line = new byte[max];
        }

        var number = BinaryPrimitives.ReadInt64LittleEndian(payload);
        var n = OuchLogLineFormat.Write(timestamp, type == Outgoing, number, message, _line);
        try
        {
            _file.Write(_line, 0, n);
        }
        catch (IOException)
        {
            // Lost, not retried: a full disk must not stop the ring from draining.
            Volatile.Write(ref _writeFailures, _writeFailures + 1);
        }
    }

    private readonly struct Sink(OuchMessageLog log) : IRingReader
    {
        public void OnRecord(int type, long timestamp, ReadOnlySpan<byte> payload) => log.Write(type, timestamp, payload);
    }
}
