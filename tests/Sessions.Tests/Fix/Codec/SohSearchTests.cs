using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Codec;

public class SohSearchTests
{
    [Test]
    public void Finds_the_same_SOH_as_IndexOf_from_every_position_at_every_length()
    {
        var random = new Random(5);
        for (var length = 0; length < 200; length++)
        {
            foreach (var density in new[] { 0, 3, 20, 90 })
            {
                var bytes = new byte[length];
                for (var i = 0; i < length; i++)
                {
                    bytes[i] = random.Next(100) < density ? (byte)1 : (byte)random.Next(32, 127);
                }

                AssertMatchesIndexOf(bytes, ascending: true);
                AssertMatchesIndexOf(bytes, ascending: false);
            }
        }
    }

    [Test]
    public void Answers_minus_one_past_the_last_SOH_and_past_the_end()
    {
        var bytes = new byte[100];
        bytes[10] = 1;
        var search = new SohSearch(bytes);
        search.Next(0).Should().Be(10);
        search.Next(11).Should().Be(-1);
        search.Next(100).Should().Be(-1);
        search.Next(500).Should().Be(-1);
    }

    /// <summary>Queries in order (the scanner's way: one window reused) and in reverse (every query reloads).</summary>
    private static void AssertMatchesIndexOf(byte[] bytes, bool ascending)
    {
        var search = new SohSearch(bytes);
        for (var k = 0; k <= bytes.Length; k++)
        {
            var from = ascending ? k : bytes.Length - k;
            var expected = bytes.AsSpan(from).IndexOf((byte)1);
            search.Next(from).Should().Be(expected < 0 ? -1 : from + expected, $"length {bytes.Length}, from {from}");
        }
    }
}
