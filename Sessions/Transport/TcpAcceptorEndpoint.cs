using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using Gateway.Sessions.Transport.Tls;

namespace Gateway.Sessions.Transport;

/// <summary>
/// A listening socket polled by an agent: <see cref="TryAccept"/> never blocks and never throws when nobody is
/// waiting. Binds to 127.0.0.1 unless told otherwise; port 0 picks a free port, reported by <see cref="Port"/>.
/// With <see cref="TlsServerOptions"/>, accepted connections are <see cref="TlsConnection"/>s that start handshaking.
/// </summary>
public sealed class TcpAcceptorEndpoint : IDisposable
{
    private readonly Socket _listener;
    private readonly ConnectionOptions _options;
    private readonly TlsServerOptions? _tls;
    private bool _disposed;

    public TcpAcceptorEndpoint(IPEndPoint? bindTo = null, ConnectionOptions? options = null, TlsServerOptions? tls = null,
        int listenBacklog = 128)
    {
        bindTo ??= new IPEndPoint(IPAddress.Loopback, 0);
        _options = options ?? ConnectionOptions.Default;
        _tls = tls;
        _listener = new Socket(bindTo.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            _listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Bind(bindTo);
            _listener.Listen(listenBacklog);
            _listener.Blocking = false;
        }
        catch
        {
            _listener.Dispose();
            throw;
        }

        LocalEndPoint = (IPEndPoint)_listener.LocalEndPoint!;
    }

    public TcpAcceptorEndpoint(int port, ConnectionOptions? options = null, TlsServerOptions? tls = null)
        : this(new IPEndPoint(IPAddress.Loopback, port), options, tls)
    {
    }

    public IPEndPoint LocalEndPoint { get; }

    /// <summary>The bound port: the one the OS chose when bound to port 0.</summary>
    public int Port => LocalEndPoint.Port;

    /// <summary>Connections accepted so far.</summary>
    public long Accepted { get; private set; }

    /// <summary>Connections that went away between readiness and accept (the peer reset in between).</summary>
    public long AcceptFailures { get; private set; }

    /// <summary>Accepts one pending connection if there is one. Polled; never blocks.</summary>
    public bool TryAccept([NotNullWhen(true)] out IConnection? connection)
    {
        connection = null;
        if (_disposed || !_listener.Poll(0, SelectMode.SelectRead))
        {
            return false;
        }

        Socket? socket = null;
        try
        {
            socket = _listener.Accept();
            connection = _tls is null
                ? new TcpConnection(socket, _options)
                : TlsConnection.AsServer(socket, _tls, _options);
        }
        catch (SocketException)
        {
            // Readable, then gone (reset before accept or setup): rare, so the exception costs nothing in steady state.
            socket?.Dispose();
            AcceptFailures++;
            return false;
        }

        Accepted++;
        return true;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _listener.Dispose();
    }
}
