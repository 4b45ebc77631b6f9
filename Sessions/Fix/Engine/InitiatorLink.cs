using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Transport;

namespace Gateway.Sessions.Fix.Engine;

/// <summary>
/// Keeps an initiator session connected: connects (without blocking) while the session wants a connection, waits
/// ReconnectInterval after a failed attempt or a dropped connection.
/// </summary>
internal sealed class InitiatorLink(FixSession session, TcpConnector connector) : IDisposable
{
    public FixSession Session => session;

    public int DoWork(long nowNanos)
    {
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

        session.Attach(connection);
        return 1;
    }

    public void Dispose() => connector.Dispose();
}
