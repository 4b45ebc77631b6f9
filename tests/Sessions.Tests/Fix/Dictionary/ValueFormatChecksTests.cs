using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>The format rules behind 373=6, as QuickFIX/n applies them.</summary>
public class ValueFormatChecksTests
{
    [TestCase("0", true)]
    [TestCase("-12", true)]
    [TestCase("2147483647", true)]
    [TestCase("-2147483648", true)]
    [TestCase("2147483648", false)]
    [TestCase("+1", false)]
    [TestCase("1.0", false)]
    [TestCase("-", false)]
    [TestCase(" 1", false)]
    [TestCase("99999999999", false)]
    public void Int(string value, bool valid) =>
        ValueFormatChecks.IsValid(ValueFormat.Int, Encoding.ASCII.GetBytes(value)).Should().Be(valid);

    [TestCase("1", true)]
    [TestCase("18446744073709551615", true)]
    [TestCase("18446744073709551616", false)]
    [TestCase("-1", false)]
    public void SeqNum(string value, bool valid) =>
        ValueFormatChecks.IsValid(ValueFormat.SeqNum, Encoding.ASCII.GetBytes(value)).Should().Be(valid);

    [TestCase("101.25", true)]
    [TestCase("-0.5", true)]
    [TestCase(".5", true)]
    [TestCase("5.", true)]
    [TestCase("002000.00", true)]
    [TestCase("+200.00", false)]
    [TestCase("1e5", false)]
    [TestCase(".", false)]
    [TestCase("-", false)]
    [TestCase("1.2.3", false)]
    [TestCase("1,000", false)]
    public void Decimal(string value, bool valid) =>
        ValueFormatChecks.IsValid(ValueFormat.Decimal, Encoding.ASCII.GetBytes(value)).Should().Be(valid);

    [TestCase("20240102-03:04:05", true)]
    [TestCase("20240102-03:04:05.678", true)]
    [TestCase("20240102-03:04:05.678123", true)]
    [TestCase("20240102-03:04:05.678123456", true)]
    [TestCase("20240229-23:59:59", true)]
    [TestCase("20000229-00:00:00", true)]
    [TestCase("19000229-00:00:00", false)]
    [TestCase("20230229-00:00:00", false)]
    [TestCase("20241301-00:00:00", false)]
    [TestCase("20240100-00:00:00", false)]
    [TestCase("20240431-00:00:00", false)]
    [TestCase("00000101-00:00:00", false)]
    [TestCase("20240102-24:00:00", false)]
    [TestCase("20240102-23:60:00", false)]
    [TestCase("20240102-23:59:60", false)]
    [TestCase("20240102 03:04:05", false)]
    [TestCase("20240102-03-04-05", false)]
    [TestCase("20240102-03:04:05.", false)]
    [TestCase("20240102-03:04:05.1234567890", false)]
    [TestCase("20240102-03:04:05Z", false)]
    [TestCase("2024010203:04:05", false)]
    [TestCase("20040415", false)]
    [TestCase("2024O102-03:04:05", false)]
    public void UtcTimestamp(string value, bool valid) =>
        ValueFormatChecks.IsValid(ValueFormat.UtcTimestamp, Encoding.ASCII.GetBytes(value)).Should().Be(valid);

    [TestCase("20240102", true)]
    [TestCase("20241232", false)]
    [TestCase("2024010", false)]
    [TestCase("202401021", false)]
    public void UtcDateOnly(string value, bool valid) =>
        ValueFormatChecks.IsValid(ValueFormat.UtcDateOnly, Encoding.ASCII.GetBytes(value)).Should().Be(valid);

    [TestCase("03:04:05", true)]
    [TestCase("03:04:05.123", true)]
    [TestCase("3:04:05", false)]
    [TestCase("03:04", false)]
    [TestCase("03:04:5a", false)]
    public void UtcTimeOnly(string value, bool valid) =>
        ValueFormatChecks.IsValid(ValueFormat.UtcTimeOnly, Encoding.ASCII.GetBytes(value)).Should().Be(valid);

    [TestCase((int)ValueFormat.Char, "A", true)]
    [TestCase((int)ValueFormat.Char, "AB", false)]
    [TestCase((int)ValueFormat.Boolean, "Y", true)]
    [TestCase((int)ValueFormat.Boolean, "N", true)]
    [TestCase((int)ValueFormat.Boolean, "y", false)]
    [TestCase((int)ValueFormat.Any, "anything at all", true)]
    public void Others(int format, string value, bool valid) =>
        ValueFormatChecks.IsValid((ValueFormat)format, Encoding.ASCII.GetBytes(value)).Should().Be(valid);
}
