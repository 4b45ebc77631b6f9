using FluentAssertions;
using Gateway.Venues.Ouch.Log;
using NUnit.Framework;

namespace Gateway.Tests.Operations;

public sealed class OuchMessageLogTests
{
    [Test]
    [CancelAfter(10_000)]
    public void Lines_hold_time_direction_number_and_hex_and_the_adapter_side_does_not_allocate(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var path = Path.Combine(Path.GetTempPath(), $"ouch-log-{Guid.NewGuid():N}.messages.log");
        try
        {
            using (var log = new OuchMessageLog(path, ringBytes: 1 << 16, start: false))
            {
                byte[] enter = [(byte)'O', 0, 0, 0, 1, (byte)'B'];
                byte[] accepted = [(byte)'A', 0xFF];
                var time = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000 + 123_456_000;
                log.OnOutgoing(time, 9001, enter);
                log.OnIncoming(time, 7, accepted);
                log.DoWork().Should().Be(2);

                // Warm, then measure: the adapter's side only copies into the ring.
                for (var i = 0; i < 100; i++)
                {
                    log.OnOutgoing(time, i, enter);
                    log.DoWork();
                }

                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < 1000; i++)
                {
                    log.OnOutgoing(time, i, enter);
                    log.OnIncoming(time, i, accepted);
                }

                (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
                log.Dropped.Should().Be(0);
            }

            var lines = File.ReadAllLines(path);
            lines.Should().HaveCount(2 + 100 + 2000);
            lines[0].Should().Be("20261121-10:00:00.123456 OUT 9001 4F0000000142");
            lines[1].Should().Be("20261121-10:00:00.123456 IN  7 41FF");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
