using System.Net.Sockets;
using System.Threading.Tasks.Sources;

namespace Gateway.Sessions.Transport.Tls;

/// <summary>
/// The ciphertext stream an <see cref="System.Net.Security.SslStream"/> runs over, so that the owning thread can
/// drive TLS by polling. Two modes:
/// <list type="bullet">
/// <item><b>Handshake</b> (on a thread-pool thread): reads and writes are non-blocking calls retried after a
/// short <c>poll(2)</c> wait, so the handshake never touches the owning thread.</item>
/// <item><b>Open</b> (owning thread only): a read takes what the socket has at once; if it has nothing the read is
/// left pending, and <see cref="FeedPendingRead"/>, called from <see cref="TlsConnection.Poll"/>, completes it when
/// bytes arrive. The completion runs SslStream's continuation inline (decryption on the owning thread), so no thread
/// is woken. Writes go to the socket without blocking, through the same ordered backlog as plain TCP.</item>
/// </list>
/// No operation here registers the socket with the runtime's epoll thread.
/// </summary>
internal sealed class TlsTransportStream(Socket socket, SendBacklog backlog, ConnectionCounters counters)
    : Stream, IValueTaskSource<int>
{
    private const int HandshakeWaitMicros = 20_000;

    private ManualResetValueTaskSourceCore<int> _pendingRead; // RunContinuationsAsynchronously stays false: inline
    private Memory<byte> _pendingBuffer;
    private bool _readPending;
    private volatile bool _handshaking = true;

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>The socket error that failed a read or a write.</summary>
    public SocketError LastError { get; private set; }

    /// <summary>Called by the owning thread once the handshake task is over: from now on it alone does I/O.</summary>
    public void EndHandshake() => _handshaking = false;

    /// <summary>
    /// Owning thread: completes the read SslStream is waiting on if the socket has bytes. Returns true if it completed
    /// it (with bytes, EOF, or an error), false if nothing was pending or nothing has arrived.
    /// </summary>
    public bool FeedPendingRead()
    {
        if (!_readPending)
        {
            return false;
        }

        var read = socket.Receive(_pendingBuffer.Span, SocketFlags.None, out var error);
        if (error == SocketError.WouldBlock)
        {
            return false;
        }

        _readPending = false;
        _pendingBuffer = default;
        if (error == SocketError.Success)
        {
            _pendingRead.SetResult(read); // SslStream decrypts inline, right here
        }
        else
        {
            _pendingRead.SetException(Failed(error));
        }

        return true;
    }

    /// <summary>Owning thread, on close: ends the read SslStream waits on, so its state machine finishes.</summary>
    public void AbortPendingRead()
    {
        if (!_readPending)
        {
            return;
        }

        _readPending = false;
        _pendingBuffer = default;
        _pendingRead.SetException(new ObjectDisposedException(nameof(TlsConnection)));
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_handshaking)
        {
            return new ValueTask<int>(ReceiveWaiting(buffer.Span, cancellationToken));
        }

        var read = socket.Receive(buffer.Span, SocketFlags.None, out var error);
        if (error == SocketError.Success)
        {
            return new ValueTask<int>(read);
        }

        if (error != SocketError.WouldBlock)
        {
            return ValueTask.FromException<int>(Failed(error));
        }

        _pendingBuffer = buffer;
        _readPending = true;
        _pendingRead.Reset();
        return new ValueTask<int>(this, _pendingRead.Version);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_handshaking)
        {
            SendWaiting(buffer.Span, cancellationToken);
        }
        else
        {
            Write(buffer.Span);
        }

        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Owning thread, open: encrypted records from SslStream.Write, sent without blocking.</summary>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var sent = backlog.SendOrQueue(buffer, out var error);
        if (sent < 0)
        {
            throw Failed(error);
        }

        counters.BytesSent += sent;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("SslStream is read through ReadAsync only.");

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    int IValueTaskSource<int>.GetResult(short token) => _pendingRead.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<int>.GetStatus(short token) => _pendingRead.GetStatus(token);

    void IValueTaskSource<int>.OnCompleted(Action<object?> continuation, object? state, short token,
        ValueTaskSourceOnCompletedFlags flags) => _pendingRead.OnCompleted(continuation, state, token, flags);

    /// <summary>Handshake thread: a non-blocking receive, retried after a bounded wait for readability.</summary>
    private int ReceiveWaiting(Span<byte> buffer, CancellationToken token)
    {
        while (true)
        {
            token.ThrowIfCancellationRequested();
            var read = socket.Receive(buffer, SocketFlags.None, out var error);
            if (error == SocketError.Success)
            {
                return read;
            }

            if (error != SocketError.WouldBlock)
            {
                throw Failed(error);
            }

            socket.Poll(HandshakeWaitMicros, SelectMode.SelectRead);
        }
    }

    /// <summary>Handshake thread: non-blocking sends until all is out, waiting for writability in between.</summary>
    private void SendWaiting(ReadOnlySpan<byte> buffer, CancellationToken token)
    {
        while (!buffer.IsEmpty)
        {
            token.ThrowIfCancellationRequested();
            var sent = socket.Send(buffer, SocketFlags.None, out var error);
            if (error == SocketError.Success)
            {
                counters.BytesSent += sent;
                buffer = buffer[sent..];
            }
            else if (error == SocketError.WouldBlock)
            {
                socket.Poll(HandshakeWaitMicros, SelectMode.SelectWrite);
            }
            else
            {
                throw Failed(error);
            }
        }
    }

    private IOException Failed(SocketError error)
    {
        LastError = error;
        return new IOException($"Socket error {error}.", new SocketException((int)error));
    }
}
