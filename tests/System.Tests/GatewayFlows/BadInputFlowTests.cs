using System.Buffers.Binary;
using System.Net.Sockets;
using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayFlows;

/// <summary>
/// Bad bytes on the binary API from a raw socket: an unknown message type is answered with an Error and the
/// connection carries on; a length that loses the framing closes the connection, counted. Another strategy trades
/// throughout.
/// </summary>
[Category("System")]
public sealed class BadInputFlowTests
{
    [Test]
    [CancelAfter(120_000)]
    public void Bad_frames_are_answered_or_cut_off_while_another_strategy_trades_on(CancellationToken cancellation)
    {
        using var gateway = FlowGateway.Start(new FlowSetup(), cancellation);
        var strategy = gateway.Connect(cancellation);
        using var raw = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 30_000, NoDelay = true };
        raw.Connect(gateway.Host.ClientEndPoint);

        // Unknown type 200, a well-formed 8-byte frame: the gateway answers Error UnknownMessageType and reads on.
        raw.Send(Header(length: MessageHeader.Size, type: 200));
        var error = ReceiveFrame(raw);
        error.Length.Should().Be(ErrorMessage.Size);
        ApiWire.TryRead(error, out ErrorMessage message).Should().BeTrue();
        message.Code.Should().Be(ErrorCode.UnknownMessageType);
        ((byte)message.RefType).Should().Be(200);
        gateway.Host.Clients.Counters.ErrorsSent(ErrorCode.UnknownMessageType).Should().Be(1);

        strategy.NewOrder(1, 10, 190.05m);
        strategy.WaitFor<FillMessage>(m => m.ClientOrderId == 1 && m.Kind == FillKind.Full, cancellation, "the fill of 1");

        // A length below the header's own size: the stream's framing is lost, the gateway closes the connection.
        var framingErrors = gateway.Host.Clients.Counters.FramingErrors;
        raw.Send(Header(length: 3, type: (byte)MessageType.NewOrder));
        Wait.Until(() => IsClosedByPeer(raw), FlowRecorder.Deadline, cancellation, "the gateway to close the raw connection");
        gateway.Host.Clients.Counters.FramingErrors.Should().Be(framingErrors + 1);

        strategy.NewOrder(2, 10, 190.05m);
        strategy.WaitFor<FillMessage>(m => m.ClientOrderId == 2 && m.Kind == FillKind.Full, cancellation, "the fill of 2");
        strategy.Client.IsLoggedIn.Should().BeTrue();
    }

    /// <summary>The 8-byte header: Length (u16 LE), Type (u8), Version (u8), Reserved (u32).</summary>
    private static byte[] Header(ushort length, byte type)
    {
        var bytes = new byte[MessageHeader.Size];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, length);
        bytes[2] = type;
        bytes[3] = ProtocolVersion.Current;
        return bytes;
    }

    /// <summary>Reads one whole frame (blocking, up to the socket's receive timeout).</summary>
    private static byte[] ReceiveFrame(Socket socket)
    {
        var header = ReceiveExactly(socket, MessageHeader.Size);
        var length = BinaryPrimitives.ReadUInt16LittleEndian(header);
        var frame = new byte[length];
        header.CopyTo(frame, 0);
        ReceiveExactly(socket, length - MessageHeader.Size).CopyTo(frame, MessageHeader.Size);
        return frame;
    }

    private static byte[] ReceiveExactly(Socket socket, int count)
    {
        var buffer = new byte[count];
        var read = 0;
        while (read < count)
        {
            var n = socket.Receive(buffer, read, count - read, SocketFlags.None);
            if (n == 0)
            {
                throw new IOException($"the gateway closed the connection after {read} of {count} bytes");
            }

            read += n;
        }

        return buffer;
    }

    /// <summary>True once a read finds the end of the stream (whatever the gateway sent before it, an Error, is skipped).</summary>
    private static bool IsClosedByPeer(Socket socket)
    {
        try
        {
            if (!socket.Poll(0, SelectMode.SelectRead))
            {
                return false;
            }

            var buffer = new byte[256];
            return socket.Receive(buffer) == 0;
        }
        catch (SocketException)
        {
            return true;
        }
    }
}
