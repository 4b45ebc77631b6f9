using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FluentAssertions;
using Gateway.Api.Client;
using Gateway.Api.Protocol;
using Gateway.Simulators.Fix;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.GatewayCrash;

/// <summary>
/// The gateway killed with SIGKILL in the middle of a flow of orders, then restarted with the same configuration:
/// after replaying its journal and resynchronising its FIX session, no order is lost, none reaches the venue twice,
/// and the strategy sees every order's true state. The venue (the FIX simulator) and the strategy (GatewayClient)
/// live in the test process and survive the gateway; the venue's message log is the truth the gateway is held to.
/// </summary>
/// <remarks>
/// Each case kills at a different point (its seed picks the order after which, and a delay of a few milliseconds
/// while the strategy keeps sending), so the crash lands with orders in every stage: in the strategy's socket, in
/// the gateway's rings, journaled but not sent, sent but not answered, answered but not journaled.
/// </remarks>
[TestFixture]
[Category("System")]
public sealed partial class GatewayCrashTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(120);
    private const int OrdersAfterRestart = 120;

    private TestWorkspace? _workspace;

    /// <summary>
    /// The strategy cancels orders the venue has not acknowledged yet (true), or only acknowledged ones (false).
    /// </summary>
    /// <remarks>
    /// CancelsBeforeAck: with true, a crash that lands after the gateway journaled a new order and its cancel but
    /// before either reached the FIX session leaves the order stuck: recovery (OrderProcessor.SettleInFlight) finds it
    /// PendingCancel, refuses the unsent cancel (FailPending), which puts it back to its prior state PendingNew, and
    /// never asks whether the NewOrderSingle itself was sent. The order stays PendingNew for ever (the venue never
    /// heard of it); a later cancel goes out as an F for a ClOrdID the venue does not know (OrderCancelReject).
    /// Fix: in the PendingCancel case, when the order's PriorState is PendingNew and !venue.HasSent(order.ClOrdId),
    /// abandon the order (AbandonUnsent) instead of only refusing the cancel.
    /// </remarks>
    private bool _cancelsBeforeAck;

    [SetUp]
    public void SetUp() => _workspace = TestWorkspace.Create();

    [TearDown]
    public void TearDown() => _workspace?.Dispose();

    [TestCase(1, false)]
    [TestCase(2, false)]
    [TestCase(3, false)]
    [TestCase(4, true)]
    [CancelAfter(900_000)]
    public void Killed_mid_flow_and_restarted_the_gateway_loses_and_duplicates_nothing(
        int seed, bool cancelsBeforeAck, CancellationToken cancellation)
    {
        _cancelsBeforeAck = cancelsBeforeAck;
        var random = new Random(seed);
        var killAfter = 80 + random.Next(150);
        var killDelayMillis = random.Next(0, 8);
        var workspace = _workspace!;
        var venueLogs = workspace.Sub("venue-log");
        var venue = FixVenueSimulator.Start(CrashSetup.Venue(venueLogs));
        var recorder = new StrategyRecorder();
        GatewayProcess? gateway = null;
        GatewayClient? client = null;
        var figures = new List<string> { $"seed {seed}: kill after order {killAfter} (+{killDelayMillis} ms)" };
        IReadOnlyDictionary<long, ClientOrderView> orders;
        string restartOutput;
        long venueSendFailures;
        try
        {
            var config = CrashSetup.WriteGatewayConfig(workspace.Path, venue.Port);
            gateway = GatewayProcess.Start(config, Path.Combine(workspace.Path, "gateway-1.log"), StartTimeout, cancellation);
            WaitForVenueSession(venue, loggedOn: true, cancellation);
            client = Connect(gateway, recorder);

            // Before the crash: a steady stream; at order killAfter a second thread kills the gateway while this one
            // goes on sending until the connection is gone.
            var watch = new Stopwatch();
            Task? killer = null;
            var next = 0;
            for (; next < killAfter + 3_000; next++)
            {
                // The kill waits for the gateway to keep pace (a cold, loaded gateway may lag by hundreds of
                // milliseconds): the crash must land in a flow, not before it.
                if (killer is null && next >= killAfter && recorder.Read(o => o.Values.Count(v => v.Accepted)) >= killAfter - 40)
                {
                    var toKill = gateway;
                    killer = Task.Run(() =>
                    {
                        cancellation.WaitHandle.WaitOne(killDelayMillis);
                        watch.Start();
                        toKill.KillHard();
                    }, cancellation);
                }

                if (!SendOrder(client, recorder, next, beforeCrash: true))
                {
                    break;
                }

                Pace(next, cancellation);
            }

            killer.Should().NotBeNull("the stream reached the kill point");
            killer!.Wait(cancellation);
            var sentBeforeCrash = next;
            Wait.Until(() => recorder.Disconnected, TimeSpan.FromSeconds(60), cancellation, "the strategy to see the gateway gone");
            client.Dispose();
            client = null;
            gateway.Dispose();
            WaitForVenueSession(venue, loggedOn: false, cancellation);

            // The restart: same configuration, same data folder.
            gateway = GatewayProcess.Start(config, Path.Combine(workspace.Path, "gateway-2.log"), StartTimeout, cancellation);
            var ready = watch.Elapsed;
            recorder.MarkRestart();
            client = Connect(gateway, recorder);
            var loggedIn = watch.Elapsed;
            WaitForVenueSession(venue, loggedOn: true, cancellation);
            var venueUp = watch.Elapsed;
            Wait.Until(
                () => recorder.Read(o => o.Values.All(v => !v.AcceptedBeforeCrash || v.InRestartSnapshot)),
                TimeSpan.FromSeconds(30), cancellation, "the OrderStatus of every order acknowledged before the crash",
                recorder.Events);
            figures.Add($"restart: kill → GATEWAY READY {ready.TotalMilliseconds:0} ms, → strategy logged in " +
                $"{loggedIn.TotalMilliseconds:0} ms, → venue session logged on {venueUp.TotalMilliseconds:0} ms");

            // After the restart: the rest of the stream, then everything still open is canceled.
            for (var n = sentBeforeCrash; n < sentBeforeCrash + OrdersAfterRestart; n++)
            {
                SendOrder(client, recorder, n, beforeCrash: false).Should().BeTrue($"order {n} goes out after the restart");
                Pace(n, cancellation);
            }

            var settled = Wait.TryUntil(() => recorder.Read(o => o.Values.All(Settled)), SettleTimeout, cancellation);
            client.TrySendMassCancel().Should().BeTrue();
            var finished = Wait.TryUntil(() => recorder.Read(o => o.Values.All(Finished)), SettleTimeout, cancellation);
            figures.Add($"settled {settled} (unsettled {recorder.Read(o => o.Values.Count(v => !Settled(v)))}), " +
                $"finished {finished} (unfinished {recorder.Read(o => o.Values.Count(v => !Finished(v)))}) in {watch.Elapsed.TotalSeconds:0.0} s after the kill");

            orders = recorder.Read(o => o.ToDictionary(e => e.Key, e => e.Value));
            restartOutput = gateway.Output;
            venueSendFailures = venue.Counters.SendFailures;
            figures.Add($"strategy: {sentBeforeCrash} orders sent before the crash, " +
                $"{orders.Values.Count(o => o.AcceptedBeforeCrash)} acknowledged before it, " +
                $"{orders.Values.Count(o => o.SentBeforeCrash && !o.KnownToGateway)} never reached the gateway, " +
                $"{orders.Values.Count(o => o.SentBeforeCrash && o.Rejected is not null)} rejected, " +
                $"{recorder.StatusMessages} OrderStatus messages; venue: {venue.Counters}");
            figures.Add("rejects: " + string.Join(", ", orders.Values.Where(o => o.Rejected is not null)
                .GroupBy(o => $"{(o.SentBeforeCrash ? "before" : "after")} the crash {o.Rejected} '{o.RejectText}'")
                .Select(g => $"{g.Count()} {g.Key}")));
        }
        finally
        {
            client?.Dispose();
            gateway?.Dispose();

            // Stopping the venue writes the rest of its message log.
            venue.Dispose();
        }

        var log = VenueLog.Read(venueLogs);
        figures.Add($"venue log: {log.Lines} lines, {log.Orders.Count} orders, " +
            $"{log.Orders.Values.Count(o => o.PossDupNewOrders > 0)} NewOrderSingles resent (43=Y), " +
            $"{log.ResentExecutionReports} ExecutionReports resent");
        foreach (var figure in figures)
        {
            TestContext.Out.WriteLine(figure);
        }

        var violations = CrashInvariants.Check(orders, log, recorder.DuplicateExecIds);
        TestContext.Out.WriteLine($"{violations.Count} violations");
        foreach (var violation in violations.Take(30))
        {
            TestContext.Out.WriteLine(violation);
        }

        VenueLog.LostRecords(venueLogs).Should().BeFalse("the venue's message log is complete (it is the truth here)");
        venueSendFailures.Should().Be(0, "the venue sent every report (a report it dropped would be its loss, not the gateway's)");
        var replayed = JournalReplayed().Match(restartOutput);
        replayed.Success.Should().BeTrue($"the restarted gateway says it replayed its journal:{Environment.NewLine}{restartOutput}");
        int.Parse(replayed.Groups[1].Value, CultureInfo.InvariantCulture).Should().BeGreaterThan(0, restartOutput);
        orders.Values.Count(o => o.AcceptedBeforeCrash).Should().BeGreaterThan(20, "the crash came in the middle of a real flow");

        violations.Should().BeEmpty(
            $"{violations.Count} orders broke the invariants; workspace {workspace.Path}{Environment.NewLine}" +
            string.Join(Environment.NewLine, violations.Take(20)));
    }

    private static GatewayClient Connect(GatewayProcess gateway, StrategyRecorder recorder)
    {
        var client = new GatewayClient(new GatewayClientOptions
        {
            LoginTimeout = TimeSpan.FromSeconds(30),
            SilenceTimeout = TimeSpan.FromSeconds(30),
        });
        try
        {
            client.Connect("127.0.0.1", gateway.ClientPort);
            var login = client.Login(CrashSetup.StrategyId, CrashSetup.Token);
            login.IsLoggedIn.Should().BeTrue(login.ToString());
            client.StartReceiving(recorder, onError: recorder.OnHandlerError);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Sends order <paramref name="n"/> (and the cancel that falls due with it); false once the connection is gone.</summary>
    private bool SendOrder(GatewayClient client, StrategyRecorder recorder, int n, bool beforeCrash)
    {
        var id = CrashOrderFlow.ClientOrderIdOf(n);
        var deadline = Deadline.After(TimeSpan.FromSeconds(10));
        while (!client.TrySendNewOrder(
            id, CrashSetup.Account, CrashSetup.InstrumentId, CrashSetup.VenueId, CrashOrderFlow.SideOf(n), OrderType.Limit,
            CrashOrderFlow.IsImmediateOrCancel(n) ? TimeInForce.ImmediateOrCancel : TimeInForce.Day,
            CrashOrderFlow.QuantityOf(n), CrashOrderFlow.PriceOf(n)))
        {
            if (recorder.Disconnected || !client.IsConnected || deadline.HasPassed)
            {
                return false;
            }

            Thread.Yield();
        }

        recorder.Update(id, o =>
        {
            o.Sent = true;
            o.SentBeforeCrash = beforeCrash;
        });
        var toCancel = n - CrashOrderFlow.CancelLag;
        if (toCancel >= 0 && CrashOrderFlow.IsCanceledLater(toCancel)
            && (_cancelsBeforeAck || recorder.Order(CrashOrderFlow.ClientOrderIdOf(toCancel)).Believed is OrderStatus.New or OrderStatus.PartiallyFilled))
        {
            client.TrySendCancel(CrashOrderFlow.ClientOrderIdOf(toCancel));
        }

        return true;
    }

    /// <summary>Bursts of ten orders, a few milliseconds apart: a steady flow that keeps orders in flight.</summary>
    private static void Pace(int n, CancellationToken cancellation)
    {
        if (n % 10 == 9)
        {
            cancellation.WaitHandle.WaitOne(5);
        }
    }

    private static void WaitForVenueSession(FixVenueSimulator venue, bool loggedOn, CancellationToken cancellation) =>
        Wait.Until(
            () => venue.Sessions[0].IsLoggedOn == loggedOn, TimeSpan.FromSeconds(120), cancellation,
            loggedOn ? "the gateway's FIX session to log on at the venue" : "the venue to see the gateway gone");

    /// <summary>Nothing pending: the order is final, resting at the venue, or never reached the gateway.</summary>
    private static bool Settled(ClientOrderView o) =>
        !o.Sent || (o.SentBeforeCrash && !o.KnownToGateway)
        || o.Believed is { } s && s is not (OrderStatus.PendingNew or OrderStatus.PendingCancel or OrderStatus.PendingReplace);

    private static bool Finished(ClientOrderView o) =>
        !o.Sent || (o.SentBeforeCrash && !o.KnownToGateway) || o.Believed is { } s && ClientOrderView.IsFinal(s);

    [GeneratedRegex(@"Journal replayed: (\d+) records, (\d+) orders")]
    private static partial Regex JournalReplayed();
}
