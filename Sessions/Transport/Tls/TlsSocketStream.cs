using System.Net.Sockets;

namespace Gateway.Sessions.Transport.Tls;

/// <summary>
/// The stream an <see cref="System.Net.Security.SslStream"/> runs over, with the two directions on two sides:
/// <list type="bullet">
/// <item>reads are asynchronous on the socket engine (the handshake and the TLS reader on the thread pool);</item>
/// <item>the handshake writes asynchronously; after it, writes come only from the owning thread inside
/// <see cref="TlsConnection.TrySend"/> and go to the socket without blocking, through the same ordered backlog as
/// plain TCP. A write from anywhere else (a renegotiation from the reader) would interleave records, so it fails the
/// connection instead.</item>
/// </list>
/// </summary>
internal sealed class TlsSocketStream(Socket socket, SendBacklog backlog, ConnectionCounters counters) : Stream
{
    private int _writerThreadId;

    /// <summary>The socket error of a failed non-blocking write.</summary>
    public SocketError LastError { get; private set; }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Set by the owning thread around each encrypting write; 0 outside.</summary>
    public void EnterOwnerWrite() => _writerThreadId = Environment.CurrentManagedThreadId;

    public void ExitOwnerWrite() => _writerThreadId = 0;

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        // The handshake: the owning thread does not touch the send side until it is over.
        while (!buffer.IsEmpty)
        {
            var sent = await socket.SendAsync(buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            counters.BytesSent += sent;
            buffer = buffer[sent..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_writerThreadId != Environment.CurrentManagedThreadId)
        {
            throw new IOException("TLS wrote outside the owning thread's send (renegotiation?): refused.");
        }

        var sent = backlog.SendOrQueue(buffer, out var error);
        if (sent < 0)
        {
            LastError = error;
            throw new IOException("Send failed.", new SocketException((int)error));
        }

        counters.BytesSent += sent;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("Reads are asynchronous only.");

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
