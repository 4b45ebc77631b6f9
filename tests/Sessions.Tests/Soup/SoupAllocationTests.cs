using FluentAssertions;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Tests.Fix.Session;
using Gateway.Sessions.Time;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Soup;

/// <summary>The steady state allocates nothing: sequenced data in on the client, unsequenced out, echoed by the server.</summary>
public sealed class SoupAllocationTests
{
    [TestCase(false)]
    [TestCase(true)]
    public void Client_and_server_round_trips_allocate_nothing(bool fileSequenceStore)
    {
        var path = Path.Combine(Path.GetTempPath(), $"soup-{Guid.NewGuid():N}.soupseq");
        var clock = new ManualEpochClock(1_000_000_000_000);
        var clientHandler = new RecordingClientHandler { Record = false };
        var serverHandler = new CountingServerHandler();
        ISoupSequenceStore sequence = fileSequenceStore ? new FileSoupSequenceStore(path) : new MemorySoupSequenceStore();
        var client = new SoupClientSession(SoupClientSessionTests.Settings(), sequence, clientHandler);
        var server = new SoupServerSession(
            new SoupServerSettings { Username = "USER", Password = "PASS", Session = "S" }, new MemorySoupMessageStore(64 * 1024), serverHandler);
        serverHandler.Server = server;
        var (clientEnd, serverEnd) = InMemoryConnection.CreatePair();
        server.Attach(serverEnd, clock.NowNanos());
        client.Attach(clientEnd, clock.NowNanos());
        server.DoWork(clock.NowNanos());
        client.DoWork(clock.NowNanos());
        client.IsLoggedIn.Should().BeTrue();

        const int warmUp = 5_000;
        const int measured = 20_000;
        for (var i = 0; i < warmUp; i++)
        {
            RoundTrip(client, server);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < measured; i++)
        {
            RoundTrip(client, server);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        clientHandler.Count.Should().Be(warmUp + measured);
        allocated.Should().Be(0, $"{allocated} bytes over {measured} round trips");
        client.Dispose();
        server.Dispose();
        sequence.Dispose();
        File.Delete(path);
    }

    private static void RoundTrip(SoupClientSession client, SoupServerSession server)
    {
        "0123456789012345678901234567890123456789"u8.CopyTo(client.PayloadBuffer);
        client.SendUnsequenced(40);
        server.DoWork(0);
        client.DoWork(0);
    }

    private sealed class CountingServerHandler : ISoupServerHandler
    {
        public SoupServerSession? Server { get; set; }

        public void OnLogin(long nextSequence) { }

        public void OnUnsequencedData(ReadOnlySpan<byte> message) => Server!.SendSequenced(message);

        public void OnLogout() { }

        public void OnDisconnected() { }
    }
}
