using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Gateway.System.Tests.Infrastructure;

/// <summary>
/// A plain TCP client that sends hand-written FIX frames and reads whole frames back (split on "10=nnn SOH"),
/// printed with '|' for SOH. For smoke tests of peers and of the wire, not for the engine.
/// </summary>
public sealed class RawFixConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly StringBuilder _pending = new();
    private readonly byte[] _buffer = new byte[64 * 1024];

    private RawFixConnection(Socket socket) => _socket = socket;

    public static RawFixConnection Connect(int port, TimeSpan timeout, CancellationToken cancellation)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        try
        {
            socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), deadline.Token).AsTask().GetAwaiter().GetResult();
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new RawFixConnection(socket);
    }

    public void Send(byte[] frame) => _socket.Send(frame);

    /// <summary>The next whole frame, or <see cref="TimeoutException"/>; null if the peer closed the connection.</summary>
    public string? ReadFrame(TimeSpan timeout, CancellationToken cancellation)
    {
        var deadline = Deadline.After(timeout);
        while (true)
        {
            string? frame = TakeFrame();
            if (frame is not null)
            {
                return frame;
            }

            cancellation.ThrowIfCancellationRequested();
            if (deadline.HasPassed)
            {
                throw new TimeoutException($"no whole FIX frame within {timeout.TotalSeconds:0.#} s; partial: '{_pending}'");
            }

            // Poll in short slices so cancellation and the deadline are both honoured.
            if (!_socket.Poll(TimeSpan.FromMilliseconds(50), SelectMode.SelectRead))
            {
                continue;
            }

            int n = _socket.Receive(_buffer);
            if (n == 0)
            {
                return null;
            }

            _pending.Append(Encoding.ASCII.GetString(_buffer, 0, n).Replace(RawFix.Soh, '|'));
        }
    }

    /// <summary>Reads frames until one has MsgType <paramref name="msgType"/>; returns it and those before it.</summary>
    public (string Frame, IReadOnlyList<string> Before) ReadUntil(string msgType, TimeSpan timeout, CancellationToken cancellation)
    {
        var deadline = Deadline.After(timeout);
        var before = new List<string>();
        while (true)
        {
            string frame = ReadFrame(deadline.Remaining, cancellation)
                ?? throw new IOException($"the peer closed the connection before 35={msgType}; got: {string.Join(" ", before)}");
            if (RawFix.Field(frame, 35) == msgType)
            {
                return (frame, before);
            }

            before.Add(frame);
        }
    }

    public void Dispose() => _socket.Dispose();

    private string? TakeFrame()
    {
        string text = _pending.ToString();
        int checksum = text.IndexOf("|10=", StringComparison.Ordinal);
        if (checksum < 0 || text.Length < checksum + 8)
        {
            return null;
        }

        int end = checksum + 8;
        _pending.Remove(0, end);
        return text[..end];
    }
}
