using System.Globalization;
using Gateway.Admin.Web;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Soup;
using Gateway.Sessions.Time;
using Gateway.Venues;
using Gateway.Venues.Fix;
using Gateway.Venues.Ouch;

namespace Gateway.Admin.Control;

/// <summary>Venue sessions: their state (a snapshot taken on the I/O thread) and the operator's actions on them (run there too).</summary>
public sealed partial class GatewayControl
{
    private readonly Dictionary<string, RateSample> _rates = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<SessionView>> Sessions()
    {
        var raw = await OnIoThread(() => _host.Venues.Select(Snapshot).ToArray()).ConfigureAwait(false);
        var now = DateTimeOffset.UtcNow;
        var views = new List<SessionView>(raw.Length);
        lock (_rates)
        {
            foreach (var (view, messagesIn, messagesOut) in raw)
            {
                var inRate = 0.0;
                var outRate = 0.0;
                if (_rates.TryGetValue(view.Name, out var last) && now - last.Time < MinimumRateInterval)
                {
                    // Asked again within moments (the page reads status and sessions together): the last rates stand.
                    (inRate, outRate) = (last.InRate, last.OutRate);
                }
                else
                {
                    if (last.Time != default && now > last.Time)
                    {
                        var seconds = (now - last.Time).TotalSeconds;
                        inRate = Math.Round(Math.Max(0, messagesIn - last.In) / seconds, 2);
                        outRate = Math.Round(Math.Max(0, messagesOut - last.Out) / seconds, 2);
                    }

                    _rates[view.Name] = new RateSample(now, messagesIn, messagesOut, inRate, outRate);
                }

                views.Add(view with { MessagesInPerSecond = inRate, MessagesOutPerSecond = outRate, LatencyMicros = LatencyOf(view.VenueId) });
            }
        }

        return views;
    }

    /// <summary>connect, disconnect, logon, logout, reset-seqnums, test-request on the session named <paramref name="name"/>.</summary>
    public async Task<ActionOutcome> SessionAction(string name, string action, string who)
    {
        var venue = _host.Venues.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));
        if (venue is null)
        {
            return ActionOutcome.NotFound($"no session '{name}'");
        }

        return await OnIoThread(() => venue switch
        {
            FixVenueAdapter { Session: { } session } => FixAction(session, action, who),
            OuchVenueAdapter ouch => OuchAction(ouch.Session, action),
            _ => ActionOutcome.Conflict($"session '{name}' has not been created"),
        }).ConfigureAwait(false);
    }

    /// <summary>Sets the next outgoing and/or incoming sequence number of a session.</summary>
    public async Task<ActionOutcome> SetSequenceNumbers(string name, long? nextSender, long? nextTarget)
    {
        var venue = _host.Venues.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));
        if (venue is null)
        {
            return ActionOutcome.NotFound($"no session '{name}'");
        }

        if (nextSender is null && nextTarget is null)
        {
            return ActionOutcome.BadRequest("nextSenderSeqNum or nextTargetSeqNum: give at least one");
        }

        if (nextSender is < 1 or > int.MaxValue - 1)
        {
            return ActionOutcome.BadRequest($"nextSenderSeqNum: {nextSender} is not a sequence number (1..{int.MaxValue - 1})");
        }

        if (nextTarget is < 1 or > int.MaxValue - 1)
        {
            return ActionOutcome.BadRequest($"nextTargetSeqNum: {nextTarget} is not a sequence number (1..{int.MaxValue - 1})");
        }

        return await OnIoThread(() =>
        {
            switch (venue)
            {
                case FixVenueAdapter { Session: { } session }:
                    session.SetNextSequenceNumbers((int?)nextSender, (int?)nextTarget);
                    return ActionOutcome.Ok(
                        $"{name}: next sender {session.NextSenderMsgSeqNum}, next target {session.NextTargetMsgSeqNum}");
                case OuchVenueAdapter ouch:
                    if (nextSender is not null)
                    {
                        return ActionOutcome.BadRequest("nextSenderSeqNum: OUCH sends unsequenced messages; it has no outgoing sequence number");
                    }

                    if (ouch.Session.HasConnection)
                    {
                        return ActionOutcome.Conflict($"{name}: log out first (SoupBinTCP asks for its next sequence number at login)");
                    }

                    ouch.Session.RequestFrom(nextTarget!.Value);
                    return ActionOutcome.Ok($"{name}: next login asks from sequence {nextTarget}");
                default:
                    return ActionOutcome.Conflict($"session '{name}' has not been created");
            }
        }).ConfigureAwait(false);
    }

    private static ActionOutcome FixAction(FixSession session, string action, string who)
    {
        var name = session.Id.ToString();
        switch (action)
        {
            case "connect":
                if (session.HasConnection)
                {
                    return ActionOutcome.Conflict($"{name} is connected already");
                }

                session.Logon();
                return ActionOutcome.Ok($"{name}: connecting (then logging on)");
            case "disconnect":
                if (!session.HasConnection && !session.IsEnabled)
                {
                    return ActionOutcome.Conflict($"{name} is disconnected already");
                }

                // Disabled first, so the initiator does not reconnect; no Logout is sent.
                session.Logout();
                session.Disconnect($"Disconnected by operator {who}");
                return ActionOutcome.Ok($"{name}: disconnected; it stays down until connect or logon");
            case "logon":
                if (session.IsLoggedOn)
                {
                    return ActionOutcome.Conflict($"{name} is logged on already");
                }

                session.Logon();
                return ActionOutcome.Ok($"{name}: logging on");
            case "logout":
                if (!session.IsEnabled)
                {
                    return ActionOutcome.Conflict($"{name} is logged out already");
                }

                session.Logout($"Logout by operator {who}");
                if (!session.IsLoggedOn && session.HasConnection)
                {
                    // Connected but not logged on: there is nobody to say Logout to.
                    session.Disconnect($"Logout by operator {who}");
                }

                return ActionOutcome.Ok($"{name}: logging out; it stays down until logon");
            case "reset-seqnums":
                session.ResetSequenceNumbers($"Sequence numbers reset by operator {who}");
                return ActionOutcome.Ok(session.IsEnabled
                    ? $"{name}: sequence numbers reset to 1; logging on again with ResetSeqNumFlag=Y"
                    : $"{name}: sequence numbers reset to 1; the next logon carries ResetSeqNumFlag=Y");
            case "test-request":
                var id = "ADMIN-" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
                return session.SendTestRequest(id)
                    ? ActionOutcome.Ok($"{name}: TestRequest {id} sent")
                    : ActionOutcome.Conflict($"{name} is not logged on");
            default:
                return ActionOutcome.NotFound($"no session action '{action}'");
        }
    }

    private static ActionOutcome OuchAction(SoupClientSession session, string action)
    {
        var name = session.Settings.Username;
        switch (action)
        {
            case "connect" or "logon":
                if (session.HasConnection)
                {
                    return ActionOutcome.Conflict($"the session is {(session.IsLoggedIn ? "logged in" : "connected")} already");
                }

                session.Enable();
                return ActionOutcome.Ok("connecting and logging in");
            case "disconnect" or "logout":
                if (!session.HasConnection && session.State is not (SoupClientState.Disconnected or SoupClientState.LoginSent))
                {
                    return ActionOutcome.Conflict($"the session is {StateOf(session)} already");
                }

                session.Logout(SystemEpochClock.Instance.NowNanos());
                return ActionOutcome.Ok("logged out; it stays down until connect or logon");
            case "reset-seqnums":
                if (session.HasConnection)
                {
                    return ActionOutcome.Conflict("log out first (SoupBinTCP asks for its next sequence number at login)");
                }

                session.RequestFrom(1);
                return ActionOutcome.Ok($"{name}: the next login asks from sequence 1");
            case "test-request":
                return ActionOutcome.Conflict("SoupBinTCP has no test request (its heartbeats run all the time)");
            default:
                return ActionOutcome.NotFound($"no session action '{action}'");
        }
    }

    private (SessionView View, long In, long Out) Snapshot(IVenueAdapter venue)
    {
        switch (venue)
        {
            case FixVenueAdapter fix when fix.Session is { } session:
                var fixState = session.IsLoggedOn ? "loggedOn"
                    : session.HasConnection ? (session.IsEnabled ? "connected" : "loggingOut")
                    : session.IsEnabled ? "disconnected" : "loggedOut";
                return (new SessionView(
                    venue.Name, venue.VenueId, session.Id.BeginString, fixState, session.HasConnection, session.IsLoggedOn,
                    session.NextSenderMsgSeqNum, session.NextTargetMsgSeqNum,
                    FromEpochNanos(session.LastSentNanos), FromEpochNanos(session.LastReceivedNanos), session.HeartBtInt,
                    0, 0, null, session.Id.ToString()),
                    session.Counters[FixSessionCounter.MessagesReceived], session.Counters[FixSessionCounter.MessagesSent]);
            case OuchVenueAdapter ouch:
                var soup = ouch.Session;
                return (new SessionView(
                    venue.Name, venue.VenueId, ouch.Options.Dialect == OuchDialect.Ouch42 ? "OUCH4.2" : "OUCH5.0",
                    StateOf(soup), soup.HasConnection, soup.IsLoggedIn, null, soup.NextExpectedSequence,
                    FromEpochNanos(soup.LastSentNanos), FromEpochNanos(soup.LastReceivedNanos),
                    (int)Math.Max(1, soup.Settings.HeartbeatInterval.TotalSeconds), 0, 0, null,
                    $"{ouch.Options.Host}:{ouch.Options.Port}"),
                    soup.Counters[SoupCounter.PacketsReceived], soup.Counters[SoupCounter.PacketsSent]);
            default:
                return (new SessionView(venue.Name, venue.VenueId, "?", "notCreated", false, venue.IsLoggedOn,
                    null, null, null, null, null, 0, 0, null, null), 0, 0);
        }
    }

    private static string StateOf(SoupClientSession session) => session.State switch
    {
        SoupClientState.Disconnected => "disconnected",
        SoupClientState.LoginSent => "loginSent",
        SoupClientState.LoggedIn => "loggedOn",
        SoupClientState.Rejected => "rejected",
        SoupClientState.EndOfSession => "endOfSession",
        SoupClientState.LoggedOut => "loggedOut",
        _ => session.State.ToString(),
    };

    private static readonly TimeSpan MinimumRateInterval = TimeSpan.FromMilliseconds(500);

    private readonly record struct RateSample(DateTimeOffset Time, long In, long Out, double InRate, double OutRate);

    /// <summary>The venue's wire-to-wire percentiles since start (strategy frame read → venue message written), in µs.</summary>
    private LatencyView? LatencyOf(int venueId)
    {
        var recorder = (uint)venueId < (uint)_host.VenueWireToWire.Length ? _host.VenueWireToWire[venueId] : null;
        if (recorder is null)
        {
            return null;
        }

        var totals = Operations.Metrics.LatencyTotals.Of(recorder).Snapshot();
        return totals.Count == 0 ? null : new LatencyView(
            Math.Round(totals.ValueAtPercentile(50) / 1000.0, 1), Math.Round(totals.ValueAtPercentile(99) / 1000.0, 1),
            Math.Round(totals.ValueAtPercentile(99.9) / 1000.0, 1), Math.Round(totals.Max / 1000.0, 1));
    }
}
