using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.System.Tests.Admin;
using Gateway.System.Tests.GatewayFlows;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Gateway.System.Tests.Browser;

/// <summary>
/// The admin console in a browser (Debian's chromium through Playwright) against a gateway in this process, its FIX
/// venue on the simulator and a strategy on the SDK: what support staff see and do, and what a read-only token may not.
/// </summary>
[Category("Browser")]
[Category("System")]
public sealed class AdminConsoleTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task The_console_shows_the_venue_session_live_with_sequence_numbers_moving_as_orders_flow(CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        var strategy = gateway.Flows.Connect(cancellation);
        await using var browser = await ConsoleBrowser.Launch(cancellation);
        var console = new ConsolePage(browser.Page);

        await browser.Page.GotoAsync(ConsolePage.Url(gateway, AdminGateway.OperatorToken));

        await console.SessionLoggedOn();
        await Expect(console.SessionCell("protocol")).ToHaveTextAsync("FIX.4.4");
        await Expect(console.SessionCell("heartbeatSeconds")).ToHaveTextAsync("30");
        await Expect(browser.Page.GetByTestId("poll-state")).ToContainTextAsync("live");
        await Expect(browser.Page.GetByTestId("role")).ToHaveAttributeAsync("data-role", "operator");
        await Expect(browser.Page.GetByTestId("role")).ToContainTextAsync(AdminGateway.OperatorName);
        browser.Page.Url.Should().NotContain("token", "the token is taken out of the address bar");
        var sentBefore = await console.SessionNumber("nextSenderSeqNum");
        var receivedBefore = await console.SessionNumber("nextTargetSeqNum");

        for (var order = 1; order <= 3; order++)
        {
            strategy.Rest(order, cancellation);
        }

        // Three orders out, three acknowledgements in: the page shows it without a reload.
        await console.WaitForSessionNumber("nextSenderSeqNum", ">=", sentBefore + 3);
        await console.WaitForSessionNumber("nextTargetSeqNum", ">=", receivedBefore + 3);
        await Expect(console.SessionCell("lastReceivedUtc")).Not.ToHaveTextAsync("—");

        await console.OpenTab("strategies");
        var strategyRow = browser.Page.Locator($"[data-testid=strategy-row][data-strategy='{FlowSetup.StrategyId}']");
        await Expect(strategyRow.Locator("[data-field=loggedIn]")).ToHaveTextAsync("yes");
        await Expect(strategyRow.Locator("[data-field=openOrders]")).ToHaveTextAsync("3");

        await console.OpenTab("orders");
        await Expect(browser.Page.GetByTestId("order-row")).ToHaveCountAsync(3);

        await console.OpenTab("sessions");
        await console.SessionLoggedOn();
        var screenshot = await browser.Screenshot("admin-console.png");
        new FileInfo(screenshot).Length.Should().BeGreaterThan(10_000, "a screenshot of the rendered console");
        browser.PageErrors.Should().BeEmpty();
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Resetting_the_sequence_numbers_shows_them_reset_and_the_session_carries_on(CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        var strategy = gateway.Flows.Connect(cancellation);
        for (var order = 1; order <= 5; order++)
        {
            strategy.Rest(order, cancellation);
        }

        await using var browser = await ConsoleBrowser.Launch(cancellation);
        var console = new ConsolePage(browser.Page);
        await browser.Page.GotoAsync(ConsolePage.Url(gateway, AdminGateway.OperatorToken));
        await console.SessionLoggedOn();
        var sentBefore = await console.SessionNumber("nextSenderSeqNum");
        var receivedBefore = await console.SessionNumber("nextTargetSeqNum");
        sentBefore.Should().BeGreaterThan(5, "the logon and five orders went out");

        await console.SessionAction("reset-seqnums", confirm: true);

        await console.ExpectMessage(new Regex("Reset sequence numbers of .*: done"));
        await console.WaitForSessionNumber("nextSenderSeqNum", "<", sentBefore);
        await console.WaitForSessionNumber("nextTargetSeqNum", "<", receivedBefore);
        await console.SessionLoggedOn();

        // The venue agreed: an order after the reset is acknowledged, and the numbers move on from the new start.
        var sentAfterReset = await console.SessionNumber("nextSenderSeqNum");
        strategy.Rest(6, cancellation);
        await console.WaitForSessionNumber("nextSenderSeqNum", ">=", sentAfterReset + 1);
        browser.PageErrors.Should().BeEmpty();
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task The_kill_switch_cancels_the_open_orders_the_blotter_shows(CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        var strategy = gateway.Flows.Connect(cancellation);
        strategy.Rest(1, cancellation);
        strategy.Rest(2, cancellation, instrumentId: FlowSetup.Msft, price: 409.00m);
        await using var browser = await ConsoleBrowser.Launch(cancellation);
        var console = new ConsolePage(browser.Page);
        var page = browser.Page;
        await page.GotoAsync(ConsolePage.Url(gateway, AdminGateway.OperatorToken));
        await console.OpenTab("orders");
        var orders = page.GetByTestId("order-row");
        await Expect(orders).ToHaveCountAsync(2);

        await console.OpenTab("risk");
        await Expect(page.GetByTestId("kill-state")).ToContainTextAsync("no kill switch on");
        await page.GetByTestId("kill-level").SelectOptionAsync("global");
        await page.GetByTestId("kill-on").ClickAsync();
        await console.Confirm();

        await console.ExpectMessage("Kill switch on (global): done");
        await Expect(page.GetByTestId("kill-state")).ToContainTextAsync("global ON");
        foreach (var order in new long[] { 1, 2 })
        {
            strategy.WaitFor<CanceledMessage>(m => m.ClientOrderId == order, cancellation, $"Canceled {order}")
                .Reason.Should().Be(CancelReason.KillSwitch);
        }

        // The blotter: no open order left, and both orders shown canceled.
        await console.OpenTab("orders");
        await Expect(page.GetByTestId("orders")).ToContainTextAsync("no orders match");
        await page.GetByTestId("filter-state").SelectOptionAsync("all");
        await Expect(orders).ToHaveCountAsync(2);
        for (var i = 0; i < 2; i++)
        {
            await Expect(orders.Nth(i).Locator("[data-field=state]")).ToHaveTextAsync("Canceled");
        }

        await browser.Screenshot("admin-console-kill-switch.png");

        await console.OpenTab("risk");
        await page.GetByTestId("kill-off").ClickAsync();
        await console.ExpectMessage("Release kill switch (global): done");
        await Expect(page.GetByTestId("kill-state")).ToContainTextAsync("no kill switch on");
        browser.PageErrors.Should().BeEmpty();
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task An_operator_sets_sequence_numbers_sends_a_test_request_and_changes_a_limit_and_the_audit_trail_records_them(
        CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        var strategy = gateway.Flows.Connect(cancellation);
        await using var browser = await ConsoleBrowser.Launch(cancellation);
        var console = new ConsolePage(browser.Page);
        var page = browser.Page;
        await page.GotoAsync(ConsolePage.Url(gateway, AdminGateway.OperatorToken));
        await console.SessionLoggedOn();

        // Ahead by 100: the venue sees a gap, asks for a resend and is gap-filled; the session carries on.
        var sent = await console.SessionNumber("nextSenderSeqNum");
        await console.SessionAction("set-seqnums");
        await Expect(page.GetByTestId("seqnums-form")).ToBeVisibleAsync();
        await page.GetByTestId("seqnums-sender").FillAsync((sent + 100).ToString(global::System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("seqnums-submit").ClickAsync();
        await console.ExpectMessage(new Regex("Set sequence numbers of .*: done"));
        await console.WaitForSessionNumber("nextSenderSeqNum", ">=", sent + 100);
        strategy.Rest(1, cancellation);

        await console.SessionAction("test-request");
        await console.ExpectMessage(new Regex("Test request .*: done"));
        await console.SessionLoggedOn();

        await console.OpenTab("risk");
        await page.GetByTestId("limit-scope").SelectOptionAsync("strategy");
        await page.GetByTestId("limit-id").FillAsync(FlowSetup.StrategyId.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("limit-name").FillAsync("maxOrderQuantity");
        await page.GetByTestId("limit-value").FillAsync("5");
        await page.GetByTestId("limit-submit").ClickAsync();
        await console.ExpectMessage(new Regex("Change strategy 1 maxOrderQuantity: done"));
        var strategyLimits = page.Locator($"section[data-scope=strategies] [data-testid=risk-row][data-id='{FlowSetup.StrategyId}']");
        await Expect(strategyLimits.Locator("[data-field='limits.maxOrderQuantity']")).ToHaveTextAsync("5");
        strategy.NewOrder(2, 10, 189.00m);
        strategy.WaitFor<OrderRejectedMessage>(m => m.ClientOrderId == 2, cancellation, "the reject over the new limit")
            .Reason.Should().Be(RejectReason.RiskCheck);

        await console.OpenTab("counters");
        await Expect(page.GetByTestId("counter-row").First).ToBeVisibleAsync();

        await console.OpenTab("audit");
        foreach (var action in new[] { "set-seqnums", "test-request", "set-limits" })
        {
            var row = page.GetByTestId("audit-row").Filter(new() { HasText = action });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Locator("[data-field=who]")).ToHaveTextAsync(AdminGateway.OperatorName);
            await Expect(row.Locator("[data-field=result]")).ToHaveClassAsync("good");
        }

        browser.PageErrors.Should().BeEmpty();
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_read_only_token_is_refused_an_action_and_the_audit_trail_shows_the_refusal(CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        await using var browser = await ConsoleBrowser.Launch(cancellation);
        var console = new ConsolePage(browser.Page);
        var page = browser.Page;

        // No token in the address: the page asks for one.
        await page.GotoAsync(gateway.Address.ToString());
        await Expect(page.GetByTestId("login")).ToBeVisibleAsync();
        await page.GetByTestId("token-input").FillAsync(AdminGateway.ReadToken);
        await page.GetByTestId("token-submit").ClickAsync();
        await Expect(page.GetByTestId("login")).ToBeHiddenAsync();
        await console.SessionLoggedOn();
        await Expect(page.GetByTestId("role")).ToHaveAttributeAsync("data-role", "read");
        var sentBefore = await console.SessionNumber("nextSenderSeqNum");

        await console.SessionAction("reset-seqnums", confirm: true);

        await console.ExpectMessage("Refused (403");
        await Expect(console.Message).ToHaveClassAsync("error");
        await console.OpenTab("audit");
        var refusals = page.GetByTestId("audit-row")
            .Filter(new() { HasText = AdminGateway.ReaderName })
            .Filter(new() { HasText = "reset" });
        await Expect(refusals).ToHaveCountAsync(1);
        await Expect(refusals.Locator("[data-field=result]")).ToHaveClassAsync("bad");

        // The message is the server's own words: the same refusal asked for straight from the API.
        var refused = gateway.Post($"/api/sessions/{AdminGateway.Session}/reset-seqnums", token: AdminGateway.ReadToken, cancellation: cancellation);
        refused.Status.Should().Be(HttpStatusCode.Forbidden);
        await console.ExpectMessage(refused.Error!);

        // Nothing was reset.
        await console.OpenTab("sessions");
        (await console.SessionNumber("nextSenderSeqNum")).Should().BeGreaterThanOrEqualTo(sentBefore);
        browser.PageErrors.Should().BeEmpty();
    }
}
