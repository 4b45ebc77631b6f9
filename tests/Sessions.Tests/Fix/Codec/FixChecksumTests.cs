using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Codec;

public class FixChecksumTests
{
    [Test]
    public void Matches_a_plain_sum_at_every_length()
    {
        var random = new Random(3);
        for (var length = 0; length < 300; length++)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            FixChecksum.Compute(bytes).Should().Be(FixText.FixChecksumOf(bytes), $"length {length}");
        }
    }

    [Test]
    public void Writes_and_parses_three_digits()
    {
        var buffer = new byte[3];
        FixChecksum.Write(7, buffer);
        FixText.Show(buffer).Should().Be("007");
        FixChecksum.Parse(buffer).Should().Be(7);
        FixChecksum.Parse("7"u8).Should().Be(-1);
        FixChecksum.Parse("0070"u8).Should().Be(-1);
        FixChecksum.Parse("0a0"u8).Should().Be(-1);
    }
}
