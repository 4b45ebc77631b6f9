using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Tests.Soup.Fuzz;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Soup;

/// <summary>
/// A flood of packets read in one go is handled at most <see cref="SoupSettingsBase.MaxPacketsPerCycle"/> per duty
/// cycle, and what is left is handled on the next cycles even though nothing new arrives.
/// </summary>
public sealed class SoupCycleLimitTests
{
    private const long Now = 1_000_000_000_000;

    [Test]
    public void The_client_handles_a_flood_of_sequenced_data_a_cycle_at_a_time_without_losing_a_packet()
    {
        var handler = new RecordingClientHandler();
        var store = new MemorySoupSequenceStore(1);
        using var client = new SoupClientSession(new SoupClientSettings { Username = "U", Password = "P", MaxPacketsPerCycle = 100 },
            store, handler);
        var connection = new FuzzConnection();
        client.Attach(connection, Now);
        var packet = new byte[64];
        connection.Feed(packet.AsSpan(0, SoupFuzzPackets.Accepted(packet, "S1", "1")));
        client.DoWork(Now);
        client.IsLoggedIn.Should().BeTrue();

        for (var i = 0; i < 250; i++)
        {
            connection.Feed(packet.AsSpan(0, SoupFuzzPackets.Data(packet, 'S', [(byte)i])));
        }

        client.DoWork(Now).Should().Be(100);
        client.Counters[SoupCounter.SequencedReceived].Should().Be(100);
        client.DoWork(Now).Should().Be(100);
        client.DoWork(Now).Should().Be(50);
        client.DoWork(Now).Should().Be(0);

        handler.Messages.Select(m => m.Sequence).Should().Equal(Enumerable.Range(1, 250).Select(i => (long)i));
        store.NextExpected.Should().Be(251);
        connection.Pending.Should().Be(0);
    }

    [Test]
    public void The_server_handles_a_flood_of_unsequenced_data_a_cycle_at_a_time_without_losing_a_packet()
    {
        var handler = new RecordingServerHandler();
        using var server = new SoupServerSession(
            new SoupServerSettings { Username = "U", Password = "P", Session = "S1", MaxPacketsPerCycle = 64 },
            new MemorySoupMessageStore(), handler);
        var connection = new FuzzConnection();
        server.Attach(connection, Now);
        var packet = new byte[64];
        connection.Feed(packet.AsSpan(0, SoupFuzzPackets.Login(packet, "U", "P", "", "0")));
        server.DoWork(Now);
        server.IsLoggedIn.Should().BeTrue();

        for (var i = 0; i < 100; i++)
        {
            connection.Feed(packet.AsSpan(0, SoupFuzzPackets.Data(packet, 'U', [(byte)('a' + (i % 26))])));
        }

        server.DoWork(Now).Should().Be(64);
        server.DoWork(Now).Should().Be(36);
        server.DoWork(Now).Should().Be(0);
        handler.Messages.Should().HaveCount(100);
        handler.Messages[99].Should().Be(((char)('a' + (99 % 26))).ToString());
    }
}
