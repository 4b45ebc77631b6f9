using System.Net;
using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.System.Tests.GatewayFlows;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Admin;

/// <summary>Session actions take effect on the FIX session (checked on the session and its counterparty, the simulator).</summary>
[Category("System")]
public sealed class AdminSessionActionTests
{
    private const string Session = AdminGateway.Session;
    private static readonly TimeSpan Deadline = FlowRecorder.Deadline;

    [Test]
    [CancelAfter(120_000)]
    public void Logout_keeps_the_session_down_until_logon(CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        var strategy = gateway.Flows.Connect(cancellation);

        var logout = gateway.Post($"/api/sessions/{Session}/logout", cancellation: cancellation);

        logout.Status.Should().Be(HttpStatusCode.OK, logout.Text);
        strategy.WaitFor<SessionStatusMessage>(m => m.Code == SessionStatusCode.VenueDown, cancellation, "VenueDown");
        Wait.Until(() => (string?)gateway.SessionView(cancellation: cancellation)["state"] == "loggedOut", Deadline, cancellation, "state loggedOut");
        gateway.Post($"/api/sessions/{Session}/logout", cancellation: cancellation).Status.Should().Be(HttpStatusCode.Conflict);
        gateway.Post($"/api/sessions/{Session}/test-request", cancellation: cancellation).Status.Should().Be(HttpStatusCode.Conflict);

        gateway.Post($"/api/sessions/{Session}/logon", cancellation: cancellation).Status.Should().Be(HttpStatusCode.OK);

        Wait.Until(() => gateway.Flows.Host.Venues[0].IsLoggedOn, Deadline, cancellation, "the session to log on again");
        ((string?)gateway.SessionView(cancellation: cancellation)["state"]).Should().Be("loggedOn");
    }

    [Test]
    [CancelAfter(120_000)]
    public void Disconnect_drops_the_connection_until_connect(CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        var disconnects = gateway.Flows.Host.FixEngine!.Sessions.Single().Counters[Sessions.Fix.Session.FixSessionCounter.Disconnects];

        gateway.Post($"/api/sessions/{Session}/disconnect", cancellation: cancellation).Status.Should().Be(HttpStatusCode.OK);

        var view = gateway.SessionView(cancellation: cancellation);
        ((bool)view["connected"]!).Should().BeFalse();
        ((string?)view["state"]).Should().Be("loggedOut");
        gateway.Flows.Host.FixEngine!.Sessions.Single().Counters[Sessions.Fix.Session.FixSessionCounter.Disconnects].Should().Be(disconnects + 1);
        gateway.Post($"/api/sessions/{Session}/disconnect", cancellation: cancellation).Status.Should().Be(HttpStatusCode.Conflict);

        gateway.Post($"/api/sessions/{Session}/connect", cancellation: cancellation).Status.Should().Be(HttpStatusCode.OK);

        Wait.Until(() => gateway.Flows.Host.Venues[0].IsLoggedOn, Deadline, cancellation, "the session to reconnect and log on");
    }

    [Test]
    [CancelAfter(120_000)]
    public void Reset_seqnums_starts_both_sides_again_from_one(CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        var session = gateway.Flows.Host.FixEngine!.Sessions.Single();
        gateway.Post($"/api/sessions/{Session}/seqnums", """{ "nextSenderSeqNum": 40 }""", cancellation: cancellation).Status.Should().Be(HttpStatusCode.OK);
        gateway.Post($"/api/sessions/{Session}/test-request", cancellation: cancellation).Status.Should().Be(HttpStatusCode.OK);
        Wait.Until(() => session.NextTargetMsgSeqNum > 2 && session.NextSenderMsgSeqNum > 40, Deadline, cancellation, "the venue to answer the test request");

        var reset = gateway.Post($"/api/sessions/{Session}/reset-seqnums", cancellation: cancellation);

        reset.Status.Should().Be(HttpStatusCode.OK, reset.Text);
        Wait.Until(() => gateway.Flows.Host.Venues[0].IsLoggedOn, Deadline, cancellation, "the session to log on again");
        var view = gateway.SessionView(cancellation: cancellation);
        ((long)view["nextSenderSeqNum"]!).Should().BeLessThan(5, "the logon after the reset was 1");
        ((long)view["nextTargetSeqNum"]!).Should().BeLessThan(5, "the venue reset too (ResetSeqNumFlag=Y)");

        // Both sides agree: an order goes through on the new sequence.
        var strategy = gateway.Flows.Connect(cancellation);
        strategy.Rest(1, cancellation);
        gateway.Flows.Host.Venues[0].IsLoggedOn.Should().BeTrue();
    }

    [Test]
    [CancelAfter(120_000)]
    public void Set_seqnums_takes_effect_and_the_gap_is_recovered(CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        var session = gateway.Flows.Host.FixEngine!.Sessions.Single();
        var sender = session.NextSenderMsgSeqNum + 20;
        var target = session.NextTargetMsgSeqNum - 1;

        var set = gateway.Post($"/api/sessions/{Session}/seqnums", $$"""{ "nextSenderSeqNum": {{sender}}, "nextTargetSeqNum": {{target}} }""", cancellation: cancellation);

        set.Status.Should().Be(HttpStatusCode.OK, set.Text);
        set.Result.Should().Contain($"next sender {sender}").And.Contain($"next target {target}");
        var view = gateway.SessionView(cancellation: cancellation);
        ((long)view["nextSenderSeqNum"]!).Should().Be(sender);
        ((long)view["nextTargetSeqNum"]!).Should().Be(target);

        // The venue sees a gap in what we send, we see one in what it sends: each side asks, the other gap-fills.
        gateway.Post($"/api/sessions/{Session}/test-request", cancellation: cancellation).Status.Should().Be(HttpStatusCode.OK);
        Wait.Until(() => session.Counters[Sessions.Fix.Session.FixSessionCounter.ResendRequestsSent] >= 1
            && session.Counters[Sessions.Fix.Session.FixSessionCounter.ResendRequestsReceived] >= 1,
            Deadline, cancellation, "both resend requests");
        var strategy = gateway.Flows.Connect(cancellation);
        strategy.Rest(1, cancellation);
        session.IsLoggedOn.Should().BeTrue("the gaps were filled, not fatal");
        session.NextSenderMsgSeqNum.Should().BeGreaterThan(sender);
    }

    [Test]
    [CancelAfter(120_000)]
    public void Test_request_is_answered_by_the_venue(CancellationToken cancellation)
    {
        using var gateway = AdminGateway.Start(cancellation);
        var session = gateway.Flows.Host.FixEngine!.Sessions.Single();
        var received = session.Counters[Sessions.Fix.Session.FixSessionCounter.MessagesReceived];

        var reply = gateway.Post($"/api/sessions/{Session}/test-request", cancellation: cancellation);

        reply.Status.Should().Be(HttpStatusCode.OK, reply.Text);
        session.Counters[Sessions.Fix.Session.FixSessionCounter.TestRequestsSent].Should().Be(1);
        Wait.Until(() => session.Counters[Sessions.Fix.Session.FixSessionCounter.MessagesReceived] > received, Deadline, cancellation,
            "the venue's Heartbeat answering the TestRequest");
    }
}
