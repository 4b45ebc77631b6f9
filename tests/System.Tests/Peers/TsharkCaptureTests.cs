using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Peers;

/// <summary>tshark captures a loopback exchange and its dissectors decode it, good bytes and bad.</summary>
[Category("Interop")]
public class TsharkCaptureTests
{
    private static readonly TimeSpan Reply = TimeSpan.FromSeconds(10);
    private TestWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = TestWorkspace.Create();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    [CancelAfter(120_000)]
    public void A_logon_exchange_with_the_executor_decodes_as_two_FIX_Logons_with_good_checksums(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions(), _workspace.Sub("peer"), cancellation);
        using var capture = TsharkCapture.Start(peer.Port, _workspace.Path, cancellation);
        using (var connection = RawFixConnection.Connect(peer.Port, Reply, cancellation))
        {
            connection.Send(QuickFixPeerTests.Logon("FIX.4.4", seqNum: 1));
            connection.ReadUntil("A", Reply, cancellation);
        }

        capture.Stop(cancellation);
        TsharkDecode decode = capture.Decode(WireDissector.Fix, cancellation);

        decode.Messages.Should().Equal(["A", "A"], decode.ToString());
        decode.GoodChecksums.Should().Be(2, decode.ToString());
        decode.BadChecksums.Should().Be(0, decode.ToString());
        decode.Malformed.Should().Be(0, decode.ToString());
    }

    [Test]
    [CancelAfter(120_000)]
    public void A_frame_with_a_wrong_checksum_is_reported_as_bad(CancellationToken cancellation)
    {
        using var peer = QuickFixPeer.Start(new QuickFixPeerOptions(), _workspace.Sub("peer"), cancellation);
        using var capture = TsharkCapture.Start(peer.Port, _workspace.Path, cancellation);
        using (var connection = RawFixConnection.Connect(peer.Port, Reply, cancellation))
        {
            connection.Send(QuickFixPeerTests.Logon("FIX.4.4", seqNum: 1));
            connection.ReadUntil("A", Reply, cancellation);
            byte[] heartbeat = RawFix.Frame("FIX.4.4", $"35=0|34=2|49=CLIENT|52={RawFix.SendingTimeNow()}|56=EXEC|");
            CorruptChecksum(heartbeat);
            connection.Send(heartbeat);

            // QuickFIX drops a bad checksum silently; a TestRequest after it proves the bad frame went by.
            connection.Send(RawFix.Frame("FIX.4.4", $"35=1|34=2|49=CLIENT|52={RawFix.SendingTimeNow()}|56=EXEC|112=PING|"));
            connection.ReadUntil("0", Reply, cancellation);
        }

        capture.Stop(cancellation);
        TsharkDecode decode = capture.Decode(WireDissector.Fix, cancellation);

        decode.BadChecksums.Should().Be(1, decode.ToString());
        decode.GoodChecksums.Should().Be(4, decode.ToString());
        decode.Messages.Should().Equal(["A", "A", "0", "1", "0"], decode.ToString());
    }

    [Test]
    [CancelAfter(120_000)]
    public void SoupBinTcp_packets_with_OUCH_inside_decode_by_type(CancellationToken cancellation)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        int port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        using var capture = TsharkCapture.Start(port, _workspace.Path, cancellation);
        using (var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            client.Connect(listener.LocalEndPoint!);
            using Socket server = listener.Accept();
            // Login Request: username(6) password(10) session(10) sequence(20); Login Accepted: session(10) sequence(20).
            byte[] login = Soup('L', Ascii("USER  " + "PASS      " + new string(' ', 10) + "1".PadLeft(20)));
            client.Send(login);
            server.Send(Soup('A', Ascii("   SESSION" + "1".PadLeft(20))));
            byte[] order = Soup('U', OuchEnterOrder());
            client.Send(order);
            server.Send(Soup('H', []));
            ReceiveExactly(server, login.Length + order.Length);
        }

        capture.Stop(cancellation);
        TsharkDecode decode = capture.Decode(WireDissector.SoupBinTcp, cancellation);

        decode.Messages.Should().Equal(["L", "A", "U", "H"], decode.ToString());
        decode.Payloads.Should().Equal(["O"], decode.ToString());
        decode.Malformed.Should().Be(0, decode.ToString());
    }

    private static void CorruptChecksum(byte[] frame)
    {
        // "...10=nnn\x01": bump the last digit so the sum no longer matches.
        int digit = frame.Length - 2;
        frame[digit] = (byte)(frame[digit] == '9' ? '0' : frame[digit] + 1);
    }

    // SoupBinTCP 4.0: uint16 big-endian length (type + payload), type byte, payload.
    private static byte[] Soup(char type, byte[] payload)
    {
        byte[] packet = new byte[3 + payload.Length];
        BinaryPrimitives.WriteUInt16BigEndian(packet, (ushort)(payload.Length + 1));
        packet[2] = (byte)type;
        payload.CopyTo(packet, 3);
        return packet;
    }

    // OUCH 4.2 Enter Order, 49 bytes: type, token(14), side, shares(4), stock(8), price(4), TIF(4), firm(4),
    // display, capacity, ISO, minimum quantity(4), cross type, customer type.
    private static byte[] OuchEnterOrder()
    {
        byte[] order = new byte[49];
        order[0] = (byte)'O';
        Ascii("TOKEN000000001").CopyTo(order, 1);
        order[15] = (byte)'B';
        BinaryPrimitives.WriteUInt32BigEndian(order.AsSpan(16), 100);
        Ascii("AAPL    ").CopyTo(order, 20);
        BinaryPrimitives.WriteUInt32BigEndian(order.AsSpan(28), 1_500_000);
        BinaryPrimitives.WriteUInt32BigEndian(order.AsSpan(32), 99_999);
        Ascii("FIRMYAN").CopyTo(order, 36);
        BinaryPrimitives.WriteUInt32BigEndian(order.AsSpan(43), 0);
        order[47] = (byte)'N';
        order[48] = (byte)'R';
        return order;
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static void ReceiveExactly(Socket socket, int count)
    {
        byte[] buffer = new byte[count];
        int received = 0;
        socket.ReceiveTimeout = 10_000;
        while (received < count)
        {
            int n = socket.Receive(buffer, received, count - received, SocketFlags.None);
            if (n == 0)
            {
                throw new IOException($"connection closed after {received} of {count} bytes");
            }

            received += n;
        }
    }
}
