using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using Gateway.System.Tests.GatewayFlows;
using NUnit.Framework;

namespace Gateway.System.Tests.Admin;

/// <summary>
/// The read endpoints against one gateway (FIX 4.4 venue on the simulator, a strategy with a resting order and a
/// second one not connected): every field the page and the CLI rely on is there and says what the gateway knows.
/// </summary>
[Category("System")]
public sealed class AdminApiReadTests
{
    private AdminGateway _gateway = null!;
    private FlowClient _strategy = null!;

    [OneTimeSetUp]
    public void StartGateway()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        _gateway = AdminGateway.Start(timeout.Token);
        _strategy = _gateway.Flows.Connect(timeout.Token);
        _strategy.Rest(1, timeout.Token);
    }

    [OneTimeTearDown]
    public void StopGateway() => _gateway?.Dispose();

    [Test]
    [CancelAfter(30_000)]
    public void Status_counts_sessions_strategies_and_open_orders(CancellationToken cancellation)
    {
        var status = _gateway.Get("/api/status", cancellation).AsObject();

        ((string?)status["threading"]).Should().Be("shared");
        ((int)status["sessions"]!).Should().Be(1);
        ((int)status["sessionsLoggedOn"]!).Should().Be(1);
        ((int)status["strategies"]!).Should().Be(2);
        ((int)status["strategiesConnected"]!).Should().Be(1);
        ((int)status["openOrders"]!).Should().Be(1);
        ((double)status["uptimeSeconds"]!).Should().BeGreaterThanOrEqualTo(0);
        ((string?)status["journal"]!["fsync"]).Should().Be("none");
        ((bool)status["globalKillSwitch"]!).Should().BeFalse();
        ((string?)status["who"]).Should().Be(AdminGateway.OperatorName);
        ((string?)status["role"]).Should().Be("operator");

        var asReader = _gateway.Get("/api/status", cancellation, AdminGateway.ReadToken).AsObject();
        ((string?)asReader["who"]).Should().Be(AdminGateway.ReaderName);
        ((string?)asReader["role"]).Should().Be("read");
    }

    [Test]
    [CancelAfter(30_000)]
    public void Sessions_show_state_sequence_numbers_times_and_rates(CancellationToken cancellation)
    {
        var session = _gateway.SessionView(cancellation: cancellation);
        var fix = _gateway.Flows.Host.FixEngine!.Sessions.Single();

        ((string?)session["protocol"]).Should().Be("FIX.4.4");
        ((string?)session["state"]).Should().Be("loggedOn");
        ((bool)session["connected"]!).Should().BeTrue();
        ((bool)session["loggedOn"]!).Should().BeTrue();
        ((int)session["venueId"]!).Should().Be(FlowVenue.Fix44.Id);
        ((long)session["nextSenderSeqNum"]!).Should().BeGreaterThan(1).And.BeLessThanOrEqualTo(fix.NextSenderMsgSeqNum);
        ((long)session["nextTargetSeqNum"]!).Should().BeGreaterThan(1).And.BeLessThanOrEqualTo(fix.NextTargetMsgSeqNum);
        ((int)session["heartbeatSeconds"]!).Should().Be(30);
        DateTimeOffset.Parse((string)session["lastReceivedUtc"]!, global::System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        session["messagesInPerSecond"].Should().NotBeNull();
        var latency = session["latencyMicros"]!.AsObject();
        var (p50, p99, max) = ((double)latency["p50"]!, (double)latency["p99"]!, (double)latency["max"]!);
        p50.Should().BeGreaterThan(0, "the fixture's resting order went to this venue");
        p99.Should().BeGreaterThanOrEqualTo(p50);
        max.Should().BeGreaterThanOrEqualTo(p99);
    }

    [Test]
    [CancelAfter(30_000)]
    public void Strategies_show_who_is_connected_with_message_counts_and_open_orders(CancellationToken cancellation)
    {
        var strategies = _gateway.Get("/api/strategies", cancellation).AsArray().OfType<JsonObject>().ToArray();

        strategies.Select(s => (int)s["id"]!).Should().Equal(FlowSetup.StrategyId, FlowSetup.OtherStrategyId);
        var connected = strategies[0];
        ((string?)connected["name"]).Should().Be("flows");
        ((bool)connected["connected"]!).Should().BeTrue();
        ((string?)connected["remote"]).Should().StartWith("127.0.0.1:");
        ((long)connected["messagesIn"]!).Should().BeGreaterThanOrEqualTo(2, "a login and a new order");
        ((long)connected["messagesOut"]!).Should().BeGreaterThanOrEqualTo(2);
        ((long)connected["openOrders"]!).Should().Be(1);
        ((bool)strategies[1]["connected"]!).Should().BeFalse();
        strategies[1]["remote"].Should().BeNull();
    }

    [Test]
    [CancelAfter(30_000)]
    public void Orders_list_the_blotter_with_filters(CancellationToken cancellation)
    {
        var open = _gateway.Get("/api/orders", cancellation).AsArray().OfType<JsonObject>().ToArray();
        open.Should().ContainSingle();
        var order = open[0];
        ((int)order["strategy"]!).Should().Be(FlowSetup.StrategyId);
        ((long)order["clientOrderId"]!).Should().Be(1);
        ((string?)order["venueName"]).Should().Be(AdminGateway.Session);
        ((string?)order["symbol"]).Should().Be("AAPL");
        ((string?)order["side"]).Should().Be("Buy");
        ((long)order["quantity"]!).Should().Be(10);
        ((string?)order["priceText"]).Should().Be("189");
        ((string?)order["state"]).Should().Be("New");
        ((string?)order["venueOrderId"]).Should().NotBeNullOrEmpty();
        ((long)order["gatewayOrderId"]!).Should().BeGreaterThan(0);

        _gateway.Get("/api/orders?strategy=2", cancellation).AsArray().Should().BeEmpty();
        _gateway.Get("/api/orders?instrument=MSFT", cancellation).AsArray().Should().BeEmpty();
        _gateway.Get($"/api/orders?venue={AdminGateway.Session}&instrument=AAPL&state=all&limit=5", cancellation).AsArray().Should().HaveCount(1);
    }

    [Test]
    [CancelAfter(30_000)]
    public void Risk_shows_limits_and_usage(CancellationToken cancellation)
    {
        var risk = _gateway.Get("/api/risk", cancellation).AsObject();

        ((bool)risk["killSwitches"]!["global"]!).Should().BeFalse();
        var strategy = risk["strategies"]!.AsArray().OfType<JsonObject>().Single(s => (int)s["id"]! == FlowSetup.StrategyId);
        ((long)strategy["limits"]!["maxOrderQuantity"]!).Should().Be(100_000);
        ((long)strategy["usage"]!["openOrders"]!).Should().Be(1);
        ((decimal)strategy["usage"]!["openNotional"]!).Should().Be(1890m, "10 at 189");
        var account = risk["accounts"]!.AsArray().OfType<JsonObject>().Single();
        account["usage"]!["positions"]!.AsArray().OfType<JsonObject>().Single()["openBuy"]!.GetValue<long>().Should().Be(10);
        risk["instruments"]!.AsArray().Should().HaveCount(2);
        ((long)risk["checks"]!).Should().BeGreaterThanOrEqualTo(1);
        risk["rejectsByCheck"]!.AsObject().ContainsKey("PriceCollar").Should().BeTrue();
    }

    [Test]
    [CancelAfter(30_000)]
    public void Counters_name_every_counter_with_its_value(CancellationToken cancellation)
    {
        var counters = _gateway.Get("/api/counters", cancellation).AsObject();

        ((long)counters["orders.new"]!).Should().BeGreaterThanOrEqualTo(1);
        ((long)counters["clients.logins"]!).Should().BeGreaterThanOrEqualTo(1);
        ((long)counters[$"venue.{AdminGateway.Session}.session.messages_sent"]!).Should().BeGreaterThan(0);
        counters.ContainsKey("risk.rejects.price_collar").Should().BeTrue();
        counters.ContainsKey("journal.appends").Should().BeTrue();
    }

    [Test]
    [CancelAfter(30_000)]
    public void Messages_answer_a_list_and_check_their_filters(CancellationToken cancellation)
    {
        _gateway.Get($"/api/messages?session={AdminGateway.Session}&limit=10", cancellation).Should().BeOfType<JsonArray>();
        _gateway.Get("/api/messages?clOrdId=1&from=2026-01-01T00:00:00Z&to=2099-01-01T00:00:00Z", cancellation).Should().BeOfType<JsonArray>();
    }

    [Test]
    [CancelAfter(30_000)]
    public void Metrics_and_the_page_need_no_token(CancellationToken cancellation)
    {
        var metrics = _gateway.Call(HttpMethod.Get, "/metrics", token: null, cancellation: cancellation);
        metrics.Status.Should().Be(HttpStatusCode.OK);
        metrics.MediaType.Should().Be("text/plain");

        var page = _gateway.Call(HttpMethod.Get, "/", token: null, cancellation: cancellation);
        page.Status.Should().Be(HttpStatusCode.OK);
        page.MediaType.Should().Be("text/html");
        page.Text.Should().Contain("<html");

        _gateway.Call(HttpMethod.Get, "/no-such-file.js", token: null, cancellation: cancellation).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    [CancelAfter(30_000)]
    public void A_read_token_reads_everything(CancellationToken cancellation)
    {
        foreach (var path in new[] { "/api/status", "/api/sessions", "/api/strategies", "/api/orders", "/api/risk", "/api/counters", "/api/messages", "/api/audit" })
        {
            _gateway.Call(HttpMethod.Get, path, AdminGateway.ReadToken, cancellation: cancellation).Status.Should().Be(HttpStatusCode.OK, path);
        }
    }
}
