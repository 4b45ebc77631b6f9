using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;
using Gateway.Sessions.Transport.Tls;

namespace Gateway.Sessions.Transport;

public enum ConnectorState
{
    /// <summary>No attempt running: the next one starts at <see cref="TcpConnector.NextAttemptNanos"/>.</summary>
    Waiting,

    /// <summary>An attempt is running; <see cref="TcpConnector.TryConnect"/> polls it.</summary>
    Connecting,

    /// <summary>A connection was handed out; nothing happens until <see cref="TcpConnector.OnDisconnected"/>.</summary>
    Connected,

    Stopped,
}

/// <summary>
/// The initiator side: connects to host:port without blocking the agent that polls it, and after a failed attempt or a
/// dropped connection waits as the <see cref="ReconnectBackoff"/> says. A small state machine driven by the caller's
/// clock (<c>nowNanos</c>), so tests step it with a manual clock.
/// <code>
///   Waiting ──(now ≥ NextAttemptNanos)──► Connecting ──(connected)──► Connected
///      ▲                                      │                          │
///      ├──── failed or timed out: back-off ───┘                          │
///      └──── OnDisconnected: back-off, reset to its initial delay by the success
/// </code>
/// </code>
/// </summary>
public sealed class TcpConnector : IDisposable
{
    private readonly ReconnectBackoff _backoff;
    private readonly ConnectionOptions _options;
    private readonly TlsClientOptions? _tls;
    private readonly long _connectTimeoutNanos;
    private ConnectAttempt? _attempt;
    private long _attemptStartedNanos;

    /// <param name="host">An IP address or a host name (resolved on the thread pool at each attempt, polled).</param>
    /// <param name="tls">When set, connections are <see cref="TlsConnection"/>s, handed over while handshaking.</param>
    /// <param name="connectTimeout">An attempt not done by then is abandoned and counts as failed (default 10 s).</param>
    public TcpConnector(string host, int port, ReconnectBackoff backoff, ConnectionOptions? options = null,
        TlsClientOptions? tls = null, TimeSpan? connectTimeout = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        RemoteEndPoint = IPAddress.TryParse(host, out var address)
            ? new IPEndPoint(address, port)
            : new DnsEndPoint(host, port);
        _backoff = backoff;
        _options = options ?? ConnectionOptions.Default;
        _tls = tls;
        _connectTimeoutNanos = (connectTimeout ?? TimeSpan.FromSeconds(10)).Ticks * 100;
        NextAttemptNanos = long.MinValue;
    }

    public EndPoint RemoteEndPoint { get; }

    public ConnectorState State { get; private set; } = ConnectorState.Waiting;

    /// <summary>When the next attempt may start (the first one: at once).</summary>
    public long NextAttemptNanos { get; private set; }

    public int Attempts { get; private set; }

    public int Failures { get; private set; }

    /// <summary>Why the last attempt failed (<see cref="SocketError.TimedOut"/> for the connect time-out).</summary>
    public SocketError LastError { get; private set; }

    /// <summary>
    /// Polled by the agent: starts an attempt when one is due, and hands over the connection when it is made.
    /// </summary>
    public bool TryConnect(long nowNanos, [NotNullWhen(true)] out IConnection? connection)
    {
        connection = null;
        if (State == ConnectorState.Waiting && nowNanos >= NextAttemptNanos)
        {
            Attempts++;
            _attemptStartedNanos = nowNanos;
            _attempt = new ConnectAttempt(RemoteEndPoint);
            State = ConnectorState.Connecting;
        }

        if (State != ConnectorState.Connecting)
        {
            return false;
        }

        var attempt = _attempt!;
        if (!attempt.Poll())
        {
            if (nowNanos - _attemptStartedNanos >= _connectTimeoutNanos)
            {
                Fail(nowNanos, SocketError.TimedOut);
            }

            return false;
        }

        if (attempt.Error != SocketError.Success)
        {
            Fail(nowNanos, attempt.Error);
            return false;
        }

        _attempt = null;
        var socket = attempt.TakeSocket();
        try
        {
            connection = _tls is null
                ? new TcpConnection(socket, _options)
                : TlsConnection.AsClient(socket, _tls, _options);
        }
        catch (SocketException e)
        {
            // Reset between connect and setup.
            socket.Dispose();
            Fail(nowNanos, e.SocketErrorCode);
            return false;
        }

        _backoff.Reset();
        State = ConnectorState.Connected;
        return true;
    }

    /// <summary>The connection handed out went down: the next attempt waits the back-off's delay.</summary>
    public void OnDisconnected(long nowNanos)
    {
        if (State != ConnectorState.Connected)
        {
            return;
        }

        NextAttemptNanos = nowNanos + _backoff.NextDelayNanos();
        State = ConnectorState.Waiting;
    }

    /// <summary>Stops connecting; a running attempt is abandoned.</summary>
    public void Dispose()
    {
        _attempt?.Abandon();
        _attempt = null;
        State = ConnectorState.Stopped;
    }

    private void Fail(long nowNanos, SocketError error)
    {
        _attempt?.Abandon();
        _attempt = null;
        Failures++;
        LastError = error;
        NextAttemptNanos = nowNanos + _backoff.NextDelayNanos();
        State = ConnectorState.Waiting;
    }
}
