using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Transport;

namespace Gateway.Sessions.Fix.Engine;

/// <summary>
/// Keeps an initiator session connected: connects (without blocking) while the session wants a connection, waits
/// ReconnectInterval after a failed attempt or a dropped connection. A TLS connection reaches the session only once
/// its handshake is over (the session sends its Logon at once); one whose handshake fails counts as a failed attempt.
/// </summary>
internal sealed class InitiatorLink(FixSession session, TcpConnector connector) : IDisposable
{
    private IConnection? _handshaking;

    public FixSession Session => session;

    /// <summary>Connections closed before their TLS handshake was over (the server's certificate refused, say).</summary>
    public long HandshakeFailures { get; private set; }

    public int DoWork(long nowNanos)
    {
        if (_handshaking is { } pending)
        {
            return PollHandshake(pending, nowNanos);
        }

        if (connector.State == ConnectorState.Connected)
        {
            if (session.HasConnection)
            {
                return 0;
            }

            connector.OnDisconnected(nowNanos);
        }

        if (!session.WantsConnection(nowNanos) || !connector.TryConnect(nowNanos, out var connection))
        {
            return 0;
        }

        if (!connection.IsConnected)
        {
            _handshaking = connection;
            return 1;
        }

        session.Attach(connection);
        return 1;
    }

    private int PollHandshake(IConnection connection, long nowNanos)
    {
        var status = connection.Poll();
        if (connection.IsConnected)
        {
            _handshaking = null;
            session.Attach(connection);
            return 1;
        }

        if (!ConnectionStatus.IsTerminal(status))
        {
            return 0;
        }

        _handshaking = null;
        HandshakeFailures++;
        connection.Dispose();
        connector.OnDisconnected(nowNanos);
        return 1;
    }

    public void Dispose()
    {
        _handshaking?.Dispose();
        connector.Dispose();
    }
}
