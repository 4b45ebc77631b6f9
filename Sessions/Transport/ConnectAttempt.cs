using System.Net;
using System.Net.Sockets;

namespace Gateway.Sessions.Transport;

/// <summary>
/// One non-blocking connect, started on the socket engine and polled for completion by the agent: the completion
/// callback only raises a flag, nothing waits. A cold path, so it may allocate.
/// </summary>
internal sealed class ConnectAttempt
{
    private readonly Socket _socket;
    private readonly SocketAsyncEventArgs _args;
    private int _done;

    public ConnectAttempt(EndPoint remote)
    {
        // A host name resolves inside ConnectAsync (no blocking DNS call on the agent); a dual-mode socket then
        // reaches both IPv4 and IPv6 addresses.
        _socket = remote is IPEndPoint ip
            ? new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        _args = new SocketAsyncEventArgs { RemoteEndPoint = remote };
        _args.Completed += static (_, e) => ((ConnectAttempt)e.UserToken!).OnCompleted();
        _args.UserToken = this;
        bool pending;
        try
        {
            pending = _socket.ConnectAsync(_args);
        }
        catch (SocketException e)
        {
            _args.SocketError = e.SocketErrorCode;
            pending = false;
        }

        if (!pending)
        {
            _done = 1;
        }
    }

    public bool IsDone => Volatile.Read(ref _done) != 0;

    /// <summary>Valid once <see cref="IsDone"/>.</summary>
    public SocketError Error => _args.SocketError;

    /// <summary>The connected socket: the caller owns it from now on.</summary>
    public Socket TakeSocket()
    {
        _args.Dispose();
        return _socket;
    }

    /// <summary>Gives up (failure or time-out): closing the socket aborts a pending connect.</summary>
    public void Abandon()
    {
        _socket.Dispose();
        if (IsDone)
        {
            _args.Dispose();
        }
    }

    private void OnCompleted() => Volatile.Write(ref _done, 1);
}
