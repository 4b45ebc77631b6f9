using System.Buffers;
using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Codec;

/// <summary>After warm-up, decoding and encoding allocate nothing: measured on this thread over many messages.</summary>
public class FixCodecAllocationTests
{
    private const int WarmUp = 20_000;
    private const int Iterations = 100_000;

    private static readonly long Now = ((new DateTime(2024, 1, 31, 14, 30, 15, DateTimeKind.Utc).Ticks - DateTime.UnixEpoch.Ticks) * 100) + 123_456_789;

    private static readonly byte[] Order = FixText.Frame(
        "8=FIX.4.4|35=D|34=1234|49=CLIENT01|52=20240131-14:30:15.123|56=GATEWAY|1=ACC-001|11=ORD-1|21=1|38=1500|40=2|"
        + "44=101.2500|54=1|55=MSFT|59=0|60=20240131-14:30:15.120456|207=XNAS|43=N|");

    private readonly FixFieldTable _table = new();
    private readonly byte[] _buffer = new byte[1024];
    private readonly byte[] _scratch = new byte[4096];

    /// <summary>Runs <paramref name="operation"/> after a warm-up and returns the bytes it allocated in total.</summary>
    private static long AllocatedBy(Func<int, long> operation, out long sink)
    {
        sink = 0;
        for (var i = 0; i < WarmUp; i++)
        {
            sink += operation(i);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Iterations; i++)
        {
            sink += operation(i);
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private long Decode(byte[] received)
    {
        if (!FixFraming.TryReadFrame(received, out var frame) || !frame.IsComplete)
        {
            return -1_000_000;
        }

        var bytes = frame.Of(received);
        _table.Scan(bytes);
        var msg = new FixMessage(bytes, _table);
        long sum = msg.MsgType == MsgTypes.NewOrderSingle ? 1 : -1_000_000;
        sum += msg.TryGetInt(34, out var seq) ? seq : -1_000_000;
        sum += msg.TryGetTimestamp(52, out var sendingTime) ? sendingTime % 1000 : -1_000_000;
        sum += msg.TryGetTimestamp(60, out var transactTime) ? transactTime % 1000 : -1_000_000;
        sum += msg.TryGetDecimal(38, out var qty) ? qty.ToScaled(0) : -1_000_000;
        sum += msg.TryGetDecimal(44, out var px) && px.TryToScaled(4, out var ticks) ? ticks : -1_000_000;
        sum += msg.TryGetChar(54, out var side) ? side : -1_000_000;
        sum += msg.TryGetBool(43, out var possDup) && !possDup ? 1 : -1_000_000;
        sum += msg.TryGetLong(34, out var seqLong) ? seqLong : -1_000_000;
        sum += msg.TryGetValue(11, out var clOrdId) ? clOrdId.Length : -1_000_000;
        return sum;
    }

    [Test]
    public void Decoding_allocates_nothing()
    {
        var expected = Decode(Order);
        expected.Should().BeGreaterThan(0, "every field of the order reads");
        var allocated = AllocatedBy(_ => Decode(Order), out var sink);
        allocated.Should().Be(0);
        sink.Should().Be(expected * (WarmUp + Iterations));
    }

    [Test]
    public void Encoding_allocates_nothing()
    {
        var allocated = AllocatedBy(
            i =>
            {
                var w = new FixWriter(_buffer);
                w.Begin("FIX.4.4"u8, "D"u8);
                w.Add(34, i);
                w.Add(49, "GATEWAY"u8);
                w.AddTimestamp(52, Now + i, TimestampPrecision.Micros);
                w.Add(56, "VENUE"u8);
                w.Add(11, "ORD-1"u8);
                w.Add(38, 1500L);
                w.Add(44, new FixDecimal(1_012_500, 4));
                w.Add(54, '1');
                w.Add(43, false);
                w.AddTimestamp(60, Now, TimestampPrecision.Millis);
                w.AddRaw("100=XNAS\u0001"u8);
                return w.Finish();
            },
            out var sink);
        allocated.Should().Be(0);
        sink.Should().BeGreaterThan(0);
    }

    [Test]
    public void Encoding_into_a_buffer_writer_allocates_nothing_once_it_has_grown()
    {
        var output = new ArrayBufferWriter<byte>(64 * 1024);
        var allocated = AllocatedBy(
            i =>
            {
                if (output.FreeCapacity < 256)
                {
                    output.ResetWrittenCount();
                }

                var w = FixWriter.Start(output, 256);
                w.Begin("FIX.4.4"u8, "0"u8);
                w.Add(34, i);
                return w.Finish(output);
            },
            out _);
        allocated.Should().Be(0);
    }

    [Test]
    public void Framing_a_multi_segment_sequence_allocates_nothing()
    {
        var stream = Order.Concat(Order).ToArray();
        var sequence = SequenceOf.Split(stream, 50, Order.Length + 10);
        var allocated = AllocatedBy(
            _ =>
            {
                var remaining = sequence;
                long frames = 0;
                while (FixFraming.TryReadFrame(remaining, _scratch, out var frame, out var bytes))
                {
                    frames += frame.IsComplete ? bytes.Length : -1_000_000;
                    remaining = remaining.Slice(frame.Consumed);
                }

                return frames;
            },
            out var sink);
        allocated.Should().Be(0);
        sink.Should().Be((long)stream.Length * (WarmUp + Iterations));
    }

    [Test]
    public void Value_parsers_and_formatters_allocate_nothing()
    {
        var allocated = AllocatedBy(
            i =>
            {
                long sum = 0;
                sum += FixValue.TryFormatTimestamp(Now + (i * 86_400_000_000_000L), TimestampPrecision.Nanos, _buffer, out var n) ? n : -1;
                sum += FixValue.TryParseTimestamp(_buffer.AsSpan(0, n), out var back) ? back % 7 : -1;
                sum += FixValue.TryFormatDecimal(new FixDecimal(-i, 3), _buffer, out n) ? n : -1;
                sum += FixValue.TryParseDecimal(_buffer.AsSpan(0, n), out var d) ? d.Mantissa : -1;
                sum += FixValue.IsValid(FixFieldType.UtcTimestamp, "20240131-14:30:15.123"u8) ? 1 : -1;
                sum += FixValue.IsValidStrict(FixFieldType.MonthYear, "202401w2"u8) ? 1 : -1;
                return sum;
            },
            out _);
        allocated.Should().Be(0);
    }
}
