using System.Net;
using System.Net.Sockets;
using Gateway.Acceptance.Tests.Wire;

namespace Gateway.Acceptance.Tests.Running;

/// <summary>
/// The runner's TCP connection number N. Reusable after a disconnect; bytes received but not read by an E line
/// are dropped with the socket they came on.
/// </summary>
internal sealed class ScriptConnection : IDisposable
{
    private readonly byte[] _receiveBuffer = new byte[4096];
    private Socket? _socket;
    private ReceivedFrames _frames = new();

    public ScriptConnection(int number) => Number = number;

    public int Number { get; }

    public bool IsOpen => _socket is not null;

    /// <summary>Received bytes not (yet) forming a message, as a wire string.</summary>
    public string Pending => _frames.Pending;

    public List<ExchangeRecord> History { get; } = [];

    public async Task ConnectAsync(IPEndPoint endPoint, CancellationToken token)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, token).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        _socket = socket;
        _frames = new ReceivedFrames();
    }

    public async Task SendAsync(string wire, CancellationToken token)
    {
        var bytes = WireText.ToBytes(wire);
        var sent = 0;
        while (sent < bytes.Length)
        {
            sent += await Socket.SendAsync(bytes.AsMemory(sent), SocketFlags.None, token).ConfigureAwait(false);
        }
    }

    /// <summary>The next framed message, or null if the acceptor closed the connection first.</summary>
    public async Task<string?> ReceiveMessageAsync(CancellationToken token)
    {
        string message;
        while (!_frames.TryTake(out message))
        {
            var count = await Socket.ReceiveAsync(_receiveBuffer, SocketFlags.None, token).ConfigureAwait(false);
            if (count == 0)
            {
                return null;
            }

            _frames.Append(_receiveBuffer.AsSpan(0, count));
        }

        return message;
    }

    /// <summary>
    /// One receive: the bytes the acceptor sent instead of closing, or empty when it closed (FIN or reset).
    /// </summary>
    public async Task<string> ReceiveOnceAsync(CancellationToken token)
    {
        try
        {
            var count = await Socket.ReceiveAsync(_receiveBuffer, SocketFlags.None, token).ConfigureAwait(false);
            return WireText.FromBytes(_receiveBuffer.AsSpan(0, count));
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted)
        {
            return "";
        }
    }

    public void Close()
    {
        if (_socket is null)
        {
            return;
        }

        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already reset by the peer: closing is all that is left to do.
        }

        _socket.Dispose();
        _socket = null;
    }

    public void Dispose() => Close();

    private Socket Socket => _socket ?? throw new InvalidOperationException($"connection {Number} is not open");
}
