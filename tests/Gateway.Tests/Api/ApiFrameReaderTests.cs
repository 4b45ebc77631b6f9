using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Api.Transport;
using NUnit.Framework;

namespace Gateway.Tests.Api;

public sealed class ApiFrameReaderTests
{
    [Test]
    public void A_stream_of_frames_split_at_every_byte_reads_the_same_frames()
    {
        var stream = Stream(out var expected);
        for (var split = 0; split <= stream.Length; split++)
        {
            var buffer = new ApiReceiveBuffer(1024);
            var frames = new List<byte[]>();
            Feed(buffer, stream.AsSpan(0, split), frames).Should().Be(FrameStatus.NeedMore);
            Feed(buffer, stream.AsSpan(split), frames).Should().Be(FrameStatus.NeedMore);

            frames.Should().HaveCount(expected.Count, $"split at {split}");
            for (var i = 0; i < frames.Count; i++)
            {
                frames[i].Should().Equal(expected[i], $"frame {i}, split at {split}");
            }

            buffer.Count.Should().Be(0);
        }
    }

    [Test]
    public void A_stream_fed_one_byte_at_a_time_reads_every_frame()
    {
        var stream = Stream(out var expected);
        var buffer = new ApiReceiveBuffer(1024);
        var frames = new List<byte[]>();
        for (var i = 0; i < stream.Length; i++)
        {
            Feed(buffer, stream.AsSpan(i, 1), frames);
        }

        frames.Select(Convert.ToHexString).Should().Equal(expected.Select(Convert.ToHexString));
    }

    [Test]
    public void Many_frames_in_one_read_come_out_in_order()
    {
        var buffer = new ApiReceiveBuffer(64 * 1024);
        var stream = new List<byte>();
        for (var i = 1; i <= 500; i++)
        {
            var cancel = new CancelOrderMessage { ClientOrderId = i };
            stream.AddRange(Bytes(ref cancel));
        }

        var frames = new List<byte[]>();
        Feed(buffer, stream.ToArray(), frames);

        frames.Should().HaveCount(500);
        frames.Select(f => BitConverter.ToInt64(f, 8)).Should().Equal(Enumerable.Range(1, 500).Select(i => (long)i));
    }

    [Test]
    public void Fewer_than_8_bytes_need_more()
    {
        ApiFrameReader.TryRead(new byte[7], out _, out var length).Should().Be(FrameStatus.NeedMore);
        length.Should().Be(0);
    }

    [TestCase(0)]
    [TestCase(7)]
    public void A_length_below_the_header_is_fatal(int declared) =>
        Read(Header(declared, MessageType.NewOrder)).Should().Be(FrameStatus.LengthTooShort);

    [TestCase(ApiWire.MaxMessageSize + 1)]
    [TestCase(ushort.MaxValue)]
    public void A_length_above_the_maximum_is_fatal_at_once(int declared) =>
        Read(Header(declared, MessageType.NewOrder)).Should().Be(FrameStatus.LengthTooLong);

    [Test]
    public void A_known_type_of_the_wrong_length_is_fatal_before_its_body_arrives()
    {
        Read(Header(NewOrderMessage.Size - 1, MessageType.NewOrder)).Should().Be(FrameStatus.LengthMismatch);
        Read(Header(NewOrderMessage.Size + 8, MessageType.NewOrder)).Should().Be(FrameStatus.LengthMismatch);
        FrameStatus.LengthMismatch.IsFatal().Should().BeTrue();
    }

    [Test]
    public void An_unknown_type_with_a_sane_length_is_skipped_whole()
    {
        var frame = Header(24, (MessageType)0x55);
        Array.Resize(ref frame, 24 + 5);
        ApiFrameReader.TryRead(frame.AsSpan(0, 23), out _, out _).Should().Be(FrameStatus.NeedMore);
        ApiFrameReader.TryRead(frame, out var header, out var length).Should().Be(FrameStatus.UnknownType);
        length.Should().Be(24);
        header.Type.Should().Be((MessageType)0x55);
        FrameStatus.UnknownType.IsFatal().Should().BeFalse();
    }

    [Test]
    public void Another_version_is_skipped_whole()
    {
        var frame = Header(CancelOrderMessage.Size, MessageType.CancelOrder, version: 2);
        Array.Resize(ref frame, CancelOrderMessage.Size);
        ApiFrameReader.TryRead(frame, out var header, out var length).Should().Be(FrameStatus.BadVersion);
        length.Should().Be(CancelOrderMessage.Size);
        header.Version.Should().Be(2);
        FrameStatus.BadVersion.IsFatal().Should().BeFalse();
    }

    [Test]
    public void A_whole_frame_reads_with_its_header()
    {
        var order = new NewOrderMessage { ClientOrderId = 9, Quantity = 5 };
        var bytes = Bytes(ref order);
        ApiFrameReader.TryRead(bytes, out var header, out var length).Should().Be(FrameStatus.Frame);
        length.Should().Be(NewOrderMessage.Size);
        header.Type.Should().Be(MessageType.NewOrder);
        ApiFrameReader.TryRead(bytes.AsSpan(0, NewOrderMessage.Size - 1), out _, out _).Should().Be(FrameStatus.NeedMore);
    }

    [Test]
    public void The_send_buffer_refuses_what_does_not_fit_and_keeps_order()
    {
        var buffer = new ApiSendBuffer(ApiWire.MaxMessageSize);
        var fill = default(FillMessage);
        buffer.TryAppend(ref fill).Should().BeTrue();
        buffer.TryAppend(ref fill).Should().BeFalse("96 + 96 bytes do not fit in 128");
        buffer.Count.Should().Be(FillMessage.Size);
        var heartbeat = default(HeartbeatMessage);
        buffer.TryAppend(ref heartbeat).Should().BeTrue();
        buffer.Waiting[FillMessage.Size + 2].Should().Be((byte)MessageType.Heartbeat);
    }

    private static FrameStatus Read(byte[] bytes) => ApiFrameReader.TryRead(bytes, out _, out _);

    private static byte[] Header(int length, MessageType type, byte version = ProtocolVersion.Current)
    {
        var bytes = new byte[MessageHeader.Size];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 2), (ushort)length);
        bytes[2] = (byte)type;
        bytes[3] = version;
        return bytes;
    }

    /// <summary>Copies <paramref name="chunk"/> in as one read, then takes every whole frame out; returns the last status.</summary>
    private static FrameStatus Feed(ApiReceiveBuffer buffer, ReadOnlySpan<byte> chunk, List<byte[]> frames)
    {
        chunk.CopyTo(buffer.FreeSpace());
        buffer.Commit(chunk.Length);
        while (true)
        {
            var status = ApiFrameReader.TryRead(buffer.Unconsumed, out _, out var length);
            if (status != FrameStatus.Frame)
            {
                return status;
            }

            frames.Add(buffer.Unconsumed[..length].ToArray());
            buffer.Consume(length);
        }
    }

    private static byte[] Stream(out List<byte[]> frames)
    {
        var order = new NewOrderMessage { ClientOrderId = 1, Quantity = 10, Price = 150_000_000, Side = Side.Buy };
        var heartbeat = default(HeartbeatMessage);
        var fill = new FillMessage { ClientOrderId = 1, Quantity = 10 };
        var cancel = new CancelOrderMessage { ClientOrderId = 1 };
        frames = [Bytes(ref order), Bytes(ref heartbeat), Bytes(ref fill), Bytes(ref cancel)];
        return frames.SelectMany(f => f).ToArray();
    }

    private static byte[] Bytes<T>(ref T message)
        where T : unmanaged, IApiMessage
    {
        var bytes = new byte[ApiWire.SizeOf(T.Type)];
        ApiWire.Write(bytes, ref message);
        return bytes;
    }
}
