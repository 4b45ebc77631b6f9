using FluentAssertions;
using Gateway.Operations.Metrics;
using Gateway.System.Tests.GatewayFlows;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Operations;

/// <summary>
/// /metrics on a running gateway after orders flowed through a FIX venue and two OUCH venues (and one risk reject):
/// the text passes a strict parser, and the counters say what happened.
/// </summary>
[Category("System")]
public sealed class PrometheusExporterSystemTests
{
    [Test]
    [CancelAfter(120_000)]
    public void A_scrape_parses_strictly_and_counts_the_orders_messages_and_latencies(CancellationToken cancellation)
    {
        using var world = OpsWorld.Start(cancellation);
        using var client = world.Connect();
        OpsWorld.FilledBuy(client, 1, OpsWorld.Aapl, 190.05m, cancellation);
        OpsWorld.FilledBuy(client, 2, OpsWorld.Aapl, 190.05m, cancellation);
        OpsWorld.FilledBuy(client, 3, OpsWorld.Msft, 410.00m, cancellation);
        OpsWorld.FilledBuy(client, 4, OpsWorld.Ibm, 150.00m, cancellation);
        client.NewOrder(5, 5_000, 190.00m, instrumentId: OpsWorld.Aapl); // above MaxOrderQuantity 1000
        client.WaitFor<Api.Protocol.OrderRejectedMessage>(m => m.ClientOrderId == 5, cancellation, "the risk reject");

        var exporter = new PrometheusExporter(world.Host);
        var families = Scrape(exporter);

        Value(families, "gateway_orders_new_total").Should().Be(5);
        Value(families, "gateway_orders_accepted_total").Should().Be(4);
        Value(families, "gateway_orders_rejected_total").Should().Be(1);
        Value(families, "gateway_risk_rejects_total", ("check", "StrategyMaxOrderQuantity")).Should().Be(1);
        Value(families, "gateway_risk_rejects_total", ("check", "PriceCollar")).Should().Be(0);
        Value(families, "gateway_clients_logins_total").Should().Be(1);
        Value(families, "gateway_clients_connections_open").Should().Be(1);
        Value(families, "gateway_journal_records_total").Should().BeGreaterThan(0);

        const string messages = "gateway_venue_messages_total";
        Value(families, messages, ("session", "FIX44"), ("protocol", "FIX.4.4"), ("direction", "out"), ("msg_type", "D"),
            ("msg_type_name", "NewOrderSingle")).Should().Be(2);
        Value(families, messages, ("session", "FIX44"), ("direction", "in"), ("msg_type", "8")).Should().BeGreaterThanOrEqualTo(2);
        Value(families, messages, ("session", "FIX44"), ("direction", "out"), ("msg_type", "A")).Should().Be(1);
        Value(families, messages, ("session", "OUCH50"), ("protocol", "OUCH5.0"), ("direction", "out"), ("msg_type", "O"),
            ("msg_type_name", "EnterOrder")).Should().Be(1);
        Value(families, messages, ("session", "OUCH50"), ("direction", "in"), ("msg_type", "A"), ("msg_type_name", "OrderAccepted")).Should().Be(1);
        Value(families, messages, ("session", "OUCH42"), ("protocol", "OUCH4.2"), ("direction", "in"), ("msg_type", "E"),
            ("msg_type_name", "Executed")).Should().Be(1);

        foreach (var session in new[] { "FIX44", "OUCH50", "OUCH42" })
        {
            Value(families, "gateway_venue_logged_on", ("session", session)).Should().Be(1, session);
            Value(families, "gateway_venue_logons_total", ("session", session)).Should().Be(1, session);
        }

        Value(families, "gateway_venue_next_target_seqnum", ("session", "OUCH50")).Should().Be(3, "two sequenced messages came");
        Value(families, "gateway_venue_next_sender_seqnum", ("session", "FIX44")).Should().BeGreaterThanOrEqualTo(4);
        Value(families, "gateway_fix_resend_requests_sent_total", ("session", "FIX44")).Should().Be(0);
        Value(families, "gateway_soup_logins_accepted_total", ("session", "OUCH42")).Should().Be(1);

        var latency = families["gateway_wire_to_wire_latency_seconds"];
        latency.Type.Should().Be("histogram");
        latency.Samples.Single(s => s.Name.EndsWith("_count", StringComparison.Ordinal)).Value.Should().BeGreaterThanOrEqualTo(4);
        latency.Samples.Single(s => s.Name.EndsWith("_sum", StringComparison.Ordinal)).Value.Should().BeGreaterThan(0);

        // Totals keep growing across scrapes: a second scrape still counts the first orders.
        OpsWorld.FilledBuy(client, 6, OpsWorld.Msft, 410.00m, cancellation);
        var again = Scrape(exporter);
        Value(again, "gateway_orders_accepted_total").Should().Be(5);
        again["gateway_wire_to_wire_latency_seconds"].Samples.Single(s => s.Name.EndsWith("_count", StringComparison.Ordinal))
            .Value.Should().BeGreaterThanOrEqualTo(5);
    }

    [Test]
    [CancelAfter(10_000)]
    public void The_parser_refuses_what_a_scraper_would_misread(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        string[] bad =
        [
            "x_total 1\n",                                                       // no TYPE
            "# HELP x h\n# TYPE x counter\nx{a=\"1} 1\n",                        // unterminated label
            "# HELP x h\n# TYPE x counter\nx{a=\"\\t\"} 1\n",                    // bad escape
            "# HELP x h\n# TYPE x counter\nx 1\n# HELP y h\n# TYPE y gauge\ny 1\nx 2\n", // family split
            "# HELP h h\n# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"2\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 2\n",
            "# HELP h h\n# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 2\n",
            "# HELP 1x h\n# TYPE 1x counter\n1x 1\n",
        ];
        foreach (var text in bad)
        {
            FluentActions.Invoking(() => PrometheusTextParser.Parse(text)).Should().Throw<FormatException>(text);
        }

        PrometheusTextParser.Parse("# HELP x a \\\\ b\n# TYPE x counter\nx{a=\"q\\\"\\n\"} 1\n")["x"].Samples[0].Label("a").Should().Be("q\"\n");
    }

    private static Dictionary<string, PromFamily> Scrape(PrometheusExporter exporter)
    {
        using var text = new StringWriter();
        exporter.Write(text);
        TestContext.Out.WriteLine($"scrape: {text.ToString().Length} chars");
        return PrometheusTextParser.Parse(text.ToString());
    }

    private static double Value(Dictionary<string, PromFamily> families, string name, params (string Name, string Value)[] labels)
    {
        families.Should().ContainKey(name);
        var matches = families[name].Samples.Where(s => labels.All(l => s.Label(l.Name) == l.Value)).ToList();
        matches.Should().HaveCount(1, $"one {name} sample with {string.Join(",", labels)}");
        return matches[0].Value;
    }
}
