using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Codec;

public class FixMessageTypedTests
{
    private readonly FixFieldTable _table = new();

    private static readonly byte[] Order = FixText.Frame(
        "8=FIX.4.4|35=D|34=12|49=TW|52=20240131-23:59:58.123|56=ISLD|11=ID|21=1|38=200.50|40=2|44=-0.5|54=1|55=INTC|"
        + "60=20240131-23:59:58|43=Y|100=N|5000=9223372036854775807|5001=+3|");

    [Test]
    public void Reads_typed_values_by_tag()
    {
        var msg = FixText.Scan(Order, _table);
        msg.TryGetInt(34, out var seq).Should().BeTrue();
        seq.Should().Be(12);
        msg.TryGetDecimal(38, out var qty).Should().BeTrue();
        qty.Should().Be(FixDecimal.Parse("200.5"));
        msg.TryGetDecimal(44, out var px).Should().BeTrue();
        px.ToString().Should().Be("-0.5");
        msg.TryGetChar(54, out var side).Should().BeTrue();
        side.Should().Be('1');
        msg.TryGetBool(43, out var possDup).Should().BeTrue();
        possDup.Should().BeTrue();
        msg.TryGetBool(100, out var no).Should().BeTrue();
        no.Should().BeFalse();
        msg.TryGetLong(5000, out var big).Should().BeTrue();
        big.Should().Be(long.MaxValue);
        msg.TryGetTimestamp(52, out var sendingTime).Should().BeTrue();
        sendingTime.Should().Be(((new DateTime(2024, 1, 31, 23, 59, 58, DateTimeKind.Utc).Ticks - DateTime.UnixEpoch.Ticks) * 100) + 123_000_000);
        msg.TryGetTimestamp(60, out var transactTime).Should().BeTrue();
        (sendingTime - transactTime).Should().Be(123_000_000);
    }

    [Test]
    public void Absent_or_malformed_fields_are_false()
    {
        var msg = FixText.Scan(Order, _table);
        msg.TryGetInt(999, out _).Should().BeFalse();
        msg.TryGetInt(5001, out _).Should().BeFalse();
        msg.TryGetInt(5000, out _).Should().BeFalse(); // does not fit an int
        msg.TryGetChar(55, out _).Should().BeFalse();
        msg.TryGetBool(54, out _).Should().BeFalse();
        msg.TryGetTimestamp(55, out _).Should().BeFalse();
        msg.TryGetDecimal(55, out _).Should().BeFalse();
        msg.TryGetLong(55, out _).Should().BeFalse();
    }
}
