using System.Net;
using System.Net.Sockets;

namespace Gateway.Sessions.Transport;

/// <summary>
/// A byte stream to one peer, polled by the agent that owns it: nothing here blocks, and in steady state nothing
/// allocates. Plain TCP (<see cref="TcpConnection"/>) and TLS (<see cref="Tls.TlsConnection"/>) look the same to a
/// session. All members are for the owning thread only, except the counters, which other threads may read.
/// </summary>
public interface IConnection : IDisposable
{
    ConnectionState State { get; }

    /// <summary>True while bytes flow both ways (<see cref="ConnectionState.Open"/>).</summary>
    bool IsConnected { get; }

    /// <summary>Why the connection went down: a terminal <see cref="ConnectionStatus"/>, or 0 while it is up.</summary>
    int CloseStatus { get; }

    /// <summary>The socket error that ended the connection, if one did.</summary>
    SocketError LastSocketError { get; }

    /// <summary>The exception behind a TLS failure, if one did (cold path only).</summary>
    Exception? Failure { get; }

    EndPoint? RemoteEndPoint { get; }

    ConnectionCounters Counters { get; }

    /// <summary>Bytes accepted by <see cref="TrySend"/> that the kernel has not taken yet.</summary>
    int SendBacklog { get; }

    /// <summary>
    /// Flushes any send backlog, then reads what has arrived (one non-blocking receive) behind the unconsumed bytes.
    /// Returns the count of bytes read, <see cref="ConnectionStatus.NothingRead"/>, or a negative
    /// <see cref="ConnectionStatus"/>.
    /// </summary>
    int Poll();

    /// <summary>Bytes received and not consumed yet, oldest first. Valid until the next Poll or Consume.</summary>
    ReadOnlySpan<byte> Received { get; }

    /// <summary>Marks the first <paramref name="count"/> received bytes as used.</summary>
    void Consume(int count);

    /// <summary>
    /// Sends all of <paramref name="bytes"/> or none: what the kernel does not take at once is copied into the
    /// backlog and flushed by later Poll/Flush calls. Returns bytes.Length, <see cref="SendStatus.BackPressured"/> or
    /// <see cref="SendStatus.NotConnected"/>.
    /// </summary>
    int TrySend(ReadOnlySpan<byte> bytes);

    /// <summary>Pushes the send backlog to the kernel. Returns bytes flushed, or a negative <see cref="ConnectionStatus"/>.</summary>
    int Flush();

    /// <summary>Closes the connection; idempotent. Unconsumed received bytes stay readable.</summary>
    void Close();
}
