using FluentAssertions;
using NUnit.Framework;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Gateway.System.Tests.Operations;

/// <summary>The order path logs nothing: orders through FIX and OUCH venues at Verbose add no log event.</summary>
[Category("System")]
public sealed class OrderPathLoggingSystemTests
{
    [Test]
    [CancelAfter(120_000)]
    public void Orders_filled_through_fix_and_ouch_venues_log_no_event(CancellationToken cancellation)
    {
        var events = new Collector();
        using var world = OpsWorld.Start(cancellation, _ => new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(events).CreateLogger());
        using var client = world.Connect();
        OpsWorld.FilledBuy(client, 1, OpsWorld.Aapl, 190.05m, cancellation); // the first order of each venue: warm
        var before = events.Count;
        before.Should().BeGreaterThan(0, "start and the strategy's login are logged (else this test proves nothing)");
        for (var i = 0; i < 10; i++)
        {
            OpsWorld.FilledBuy(client, 100 + (3 * i), OpsWorld.Aapl, 190.05m, cancellation);
            OpsWorld.FilledBuy(client, 101 + (3 * i), OpsWorld.Msft, 410.00m, cancellation);
            OpsWorld.FilledBuy(client, 102 + (3 * i), OpsWorld.Ibm, 150.00m, cancellation);
        }

        client.NewOrder(999, 5_000, 190.00m, instrumentId: OpsWorld.Aapl); // a risk reject
        client.WaitFor<Api.Protocol.OrderRejectedMessage>(m => m.ClientOrderId == 999, cancellation, "the risk reject");
        events.Count.Should().Be(before, "nothing on the order path logs: {0}", string.Join("; ", events.Rendered().Skip(before)));
    }

    private sealed class Collector : ILogEventSink
    {
        private readonly List<LogEvent> _events = [];

        public int Count
        {
            get
            {
                lock (_events)
                {
                    return _events.Count;
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (_events)
            {
                _events.Add(logEvent);
            }
        }

        public List<string> Rendered()
        {
            lock (_events)
            {
                return _events.Select(e => e.RenderMessage()).ToList();
            }
        }
    }
}
