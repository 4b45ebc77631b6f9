using System.Net;
using System.Net.Sockets;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Transport;

namespace Gateway.Simulators.Ouch;

/// <summary>
/// An accepted connection as the simulator hands it to a login's <see cref="SoupServerSession"/>. Two jobs, both at
/// the start of the stream: the simulator has already read the Login Request (to pick the session by username), so
/// the first <see cref="Poll"/> reports those bytes as newly read; and the login-gap fault raises the Requested
/// Sequence Number in that Login Request, so the session answers past what the client asked for. Everything else
/// passes straight through.
/// </summary>
internal sealed class LoginConnection(IConnection inner, long acceptedNanos) : IConnection
{
    private readonly byte[] _login = new byte[SoupLayout.LoginRequestPacketLength];
    private bool _peeked;
    private bool _patched;

    public long AcceptedNanos { get; } = acceptedNanos;

    public ConnectionState State => inner.State;

    public bool IsConnected => inner.IsConnected;

    public int CloseStatus => inner.CloseStatus;

    public SocketError LastSocketError => inner.LastSocketError;

    public Exception? Failure => inner.Failure;

    public EndPoint? RemoteEndPoint => inner.RemoteEndPoint;

    public ConnectionCounters Counters => inner.Counters;

    public int SendBacklog => inner.SendBacklog;

    public ReadOnlySpan<byte> Received => _patched ? _login : inner.Received;

    /// <summary>Reads for the simulator before the connection has a session (the bytes stay unconsumed).</summary>
    public int Peek() => inner.Poll();

    /// <summary>
    /// The next Poll reports the peeked bytes as read; with <paramref name="gap"/> &gt; 0 and a Login Request asking
    /// for a message ≥ 1 at the front, the request asks for that many messages later. True if it did.
    /// </summary>
    public bool Prepare(int gap)
    {
        _peeked = true;
        var received = inner.Received;
        if (gap <= 0 || received.Length < SoupLayout.LoginRequestPacketLength
            || received[SoupLayout.TypeOffset] != SoupPacketType.LoginRequest
            || !SoupAscii.TryParseNumeric(received.Slice(SoupLayout.RequestedSequenceOffset, SoupLayout.SequenceLength), out var requested)
            || requested < 1)
        {
            return false;
        }

        received[..SoupLayout.LoginRequestPacketLength].CopyTo(_login);
        SoupAscii.WriteNumeric(_login.AsSpan(SoupLayout.RequestedSequenceOffset, SoupLayout.SequenceLength), requested + gap);
        _patched = true;
        return true;
    }

    public int Poll()
    {
        var read = inner.Poll();
        if (_peeked)
        {
            _peeked = false;
            if (read == ConnectionStatus.NothingRead)
            {
                return Received.Length;
            }
        }

        return read;
    }

    public void Consume(int count)
    {
        // The patched Login Request stands in for the first packet; the session consumes it whole.
        _patched = false;
        inner.Consume(count);
    }

    public int TrySend(ReadOnlySpan<byte> bytes) => inner.TrySend(bytes);

    public int Flush() => inner.Flush();

    public void Close() => inner.Close();

    public void Dispose() => inner.Dispose();
}
