using System.Net;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Transport;
using Gateway.Sessions.Transport.Tls;

namespace Gateway.Sessions.Fix.Engine;

/// <summary>
/// One listening port: accepts connections without blocking, waits for each one's first message, and hands the
/// connection to the session that Logon names. A connection whose first message is not a valid Logon for a known,
/// free session is closed without an answer (unknown CompIDs, wrong BeginString, a second connection for a
/// session that has one, garbage). Polled by the engine thread; no thread per connection.
/// </summary>
internal sealed class AcceptorHost : IDisposable
{
    private const long NanosPerSecond = 1_000_000_000L;

    private readonly TcpAcceptorEndpoint _endpoint;
    private readonly SessionDirectory _directory;
    private readonly long _logonTimeoutNanos;
    private readonly List<(IConnection Connection, long AcceptedAt)> _pending = [];
    private readonly FixFieldTable _fields = new();

    public AcceptorHost(IPEndPoint bindTo, SessionDirectory directory, int logonTimeoutSeconds, TlsServerOptions? tls = null)
    {
        _endpoint = new TcpAcceptorEndpoint(bindTo, tls: tls);
        _directory = directory;
        _logonTimeoutNanos = logonTimeoutSeconds * NanosPerSecond;
    }

    public int Port => _endpoint.Port;

    /// <summary>Connections closed before reaching a session.</summary>
    public long Refused { get; private set; }

    public int DoWork(long nowNanos)
    {
        var work = 0;
        while (_endpoint.TryAccept(out var connection))
        {
            _pending.Add((connection, nowNanos));
            work++;
        }

        for (var i = _pending.Count - 1; i >= 0; i--)
        {
            var (connection, acceptedAt) = _pending[i];
            var outcome = TryRoute(connection, nowNanos - acceptedAt);
            if (outcome != RouteOutcome.Waiting)
            {
                _pending.RemoveAt(i);
                work++;
                if (outcome == RouteOutcome.Refused)
                {
                    Refused++;
                    connection.Dispose();
                }
            }
        }

        return work;
    }

    private RouteOutcome TryRoute(IConnection connection, long waitedNanos)
    {
        var status = connection.Poll();
        var frame = FrameReader.Read(connection.Received);
        if (frame.Kind == FrameKind.NeedMore)
        {
            var gone = ConnectionStatus.IsTerminal(status) || status == ConnectionStatus.ReceiveBufferFull;
            return gone || waitedNanos >= _logonTimeoutNanos ? RouteOutcome.Refused : RouteOutcome.Waiting;
        }

        if (frame.Kind != FrameKind.Complete || frame.Start != 0)
        {
            return RouteOutcome.Refused;
        }

        var bytes = connection.Received[..frame.Length];
        _fields.Scan(bytes);
        var logon = new FixMessage(bytes, _fields);
        if (_fields.Count < 3 || _fields.TagAt(2) != 35 || logon.MsgType != MsgTypes.Logon)
        {
            return RouteOutcome.Refused;
        }

        var session = _directory.Find(in logon);
        if (session is null || session.HasConnection)
        {
            return RouteOutcome.Refused;
        }

        // The Logon stays unconsumed: the session reads it first thing.
        session.Attach(connection);
        return RouteOutcome.Attached;
    }

    public void Dispose()
    {
        _endpoint.Dispose();
        foreach (var (connection, _) in _pending)
        {
            connection.Dispose();
        }

        _pending.Clear();
    }

    private enum RouteOutcome
    {
        Waiting,
        Attached,
        Refused,
    }
}
