using System.Runtime.CompilerServices;
using FluentAssertions;
using Gateway.Orders;
using NUnit.Framework;

namespace Gateway.Tests.Orders;

/// <summary>The record is the journal's format: its size and offsets are the ones drawn on <see cref="OrderRecord"/>.</summary>
public sealed class OrderRecordLayoutTests
{
    [Test]
    public void The_record_is_laid_out_as_drawn()
    {
        var record = default(OrderRecord);
        Unsafe.SizeOf<OrderRecord>().Should().Be(OrderRecord.Size);
        Offset(ref record, ref record.VenueId).Should().Be(16);
        Offset(ref record, ref record.ReplacedByIndex).Should().Be(24);
        Offset(ref record, ref Unsafe.As<Gateway.Api.Protocol.Side, byte>(ref record.Side)).Should().Be(28);
        Offset(ref record, ref Unsafe.As<OrderState, byte>(ref record.State)).Should().Be(31);
        Offset(ref record, ref Unsafe.As<OrderFlags, byte>(ref record.Flags)).Should().Be(34);
        Offset(ref record, ref record.ClientOrderId).Should().Be(40);
        Offset(ref record, ref record.ClOrdId).Should().Be(80);
        Offset(ref record, ref record.UpdatedNanos).Should().Be(112);
        Offset(ref record, ref record.FilledNotional).Should().Be(120);
        Offset(ref record, ref record.VenueOrderId).Should().Be(128);
    }

    private static long Offset<T>(ref OrderRecord record, ref T field) =>
        Unsafe.ByteOffset(ref Unsafe.As<OrderRecord, byte>(ref record), ref Unsafe.As<T, byte>(ref field));
}
