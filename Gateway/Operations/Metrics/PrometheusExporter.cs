using Gateway.Hosting;
using Gateway.Operations.Search;
using Gateway.RiskChecks;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Soup;
using Gateway.Venues.Fix;
using Gateway.Venues.Ouch;

namespace Gateway.Operations.Metrics;

/// <summary>
/// The gateway's counters and latency histograms in the Prometheus text exposition format (0.0.4), served at
/// <c>/metrics</c>. Reads the hot path's counters as they are (single-writer fields read with volatile loads); it
/// never takes a lock the order path takes and never asks the gateway's threads for anything. Latency histograms come
/// from <see cref="LatencyTotals"/> (the recorder's interval swap: the writer never waits). Names: docs/metrics.md.
/// </summary>
public sealed class PrometheusExporter(GatewayHost host)
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public GatewayHost Host { get; } = host;

    /// <summary>Writes one scrape (cold: allocates freely).</summary>
    public void Write(TextWriter writer)
    {
        var text = new PrometheusText(writer);
        WriteOrders(text);
        WriteClients(text);
        WriteJournal(text);
        var sessions = VenueSessionView.Of(Host);
        WriteVenueSessions(text, sessions);
        WriteFixSessions(text, sessions);
        WriteOuchSessions(text, sessions);
        PrometheusHistogram.Write(text, "gateway_wire_to_wire_latency_seconds",
            "Strategy frame read to venue message written, in the gateway (I/O thread), since start",
            LatencyTotals.Of(Host.WireToWire).Snapshot());
    }

    private void WriteOrders(PrometheusText text)
    {
        var all = Host.Processor.Counters.All;
        for (var id = 0; id < all.Count; id++)
        {
            var label = all.LabelOf(id);
            text.Single("gateway_" + MetricNames.Snake(label) + "_total", "counter", "Order thread: " + label, all.Get(id));
        }

        text.Single("gateway_orders_open", "gauge", "Orders open in the order book", Host.Book.OpenCount);

        var usage = Host.Risk.Usage;
        text.Single("gateway_risk_checks_total", "counter", "Orders and replaces the risk checks evaluated", usage.Checks);
        text.Family("gateway_risk_rejects_total", "counter", "Orders and replaces refused, by the risk check that failed");
        foreach (var check in Enum.GetValues<RiskCheck>())
        {
            if (check != RiskCheck.None)
            {
                text.Sample("gateway_risk_rejects_total", usage.Rejects(check), ("check", check.ToString()));
            }
        }

        text.Single("gateway_risk_global_kill_switch", "gauge", "1 while the global kill switch is on", usage.GlobalKillSwitch ? 1 : 0);
    }

    private void WriteClients(PrometheusText text)
    {
        const string errorsPrefix = "errors_sent_";
        var errors = new List<KeyValuePair<string, long>>();
        foreach (var (name, value) in Host.Clients.Counters.Snapshot())
        {
            if (name.StartsWith(errorsPrefix, StringComparison.Ordinal))
            {
                errors.Add(new(name[errorsPrefix.Length..], value));
            }
            else if (name == "connections_open")
            {
                text.Single("gateway_clients_connections_open", "gauge", "Strategy connections open now", value);
            }
            else
            {
                text.Single("gateway_clients_" + name + "_total", "counter", "Strategy connections: " + name.Replace('_', ' '), value);
            }
        }

        text.Family("gateway_clients_errors_sent_total", "counter", "Error messages sent to strategies, by code");
        foreach (var (code, value) in errors)
        {
            text.Sample("gateway_clients_errors_sent_total", value, ("code", code));
        }
    }

    private void WriteJournal(PrometheusText text)
    {
        var journal = Host.Journal;
        text.Single("gateway_journal_records_total", "counter", "Records appended to the order journal", journal.Appends);
        text.Single("gateway_journal_bytes_total", "counter", "Bytes appended to the order journal", journal.AppendedBytes);
        text.Single("gateway_journal_segment_index", "gauge", "Index of the journal segment being written", journal.CurrentSegmentIndex);
        text.Single("gateway_journal_segment_rolls_total", "counter", "Journal segments filled and rolled over", journal.Rolls);
        text.Single("gateway_journal_flush_failures_total", "counter", "Journal flushes that failed", journal.FlushFailures);
    }

    /// <summary>The families every venue session has, whatever its protocol.</summary>
    private static void WriteVenueSessions(PrometheusText text, List<VenueSessionView> sessions)
    {
        const string messages = "gateway_venue_messages_total";
        text.Family(messages, "counter", "Messages to (out) and from (in) a venue session, by message type");
        foreach (var s in sessions)
        {
            if (s.FixSession is { } fix)
            {
                for (var slot = 0; slot < FixSessionCounters.MsgTypeSlots; slot++)
                {
                    FixMessages(text, s, "in", slot, fix.Counters.ReceivedOfType(slot));
                    FixMessages(text, s, "out", slot, fix.Counters.SentOfType(slot));
                }
            }
            else if (s.Ouch is { } ouch)
            {
                for (var type = 0; type < OuchVenueCounters.MsgTypeSlots; type++)
                {
                    OuchMessages(text, s, ouch, "in", type, ouch.Counters.ReceivedOfType(type));
                    OuchMessages(text, s, ouch, "out", type, ouch.Counters.SentOfType(type));
                }
            }
        }

        Gauge(text, sessions, "gateway_venue_logged_on", "1 while the venue session is logged on",
            s => s.Fix?.IsLoggedOn ?? s.Ouch!.IsLoggedOn ? 1 : 0);
        Gauge(text, sessions, "gateway_venue_connected", "1 while the venue session has a connection",
            s => (s.FixSession?.HasConnection ?? s.Ouch?.Session.HasConnection ?? false) ? 1 : 0);
        Gauge(text, sessions, "gateway_venue_next_target_seqnum",
            "Next sequence number expected from the venue (FIX MsgSeqNum; OUCH: SoupBinTCP sequence)",
            s => s.FixSession?.NextTargetMsgSeqNum ?? s.Ouch?.Session.NextExpectedSequence);
        Gauge(text, sessions, "gateway_venue_next_sender_seqnum", "Next MsgSeqNum the gateway sends (FIX only)",
            s => s.FixSession?.NextSenderMsgSeqNum);
        Counter(text, sessions, "gateway_venue_logons_total", "Logons completed (a reconnect is a logon after the first)",
            s => s.FixSession?.Counters[FixSessionCounter.Logons] ?? s.Ouch?.Session.Counters[SoupCounter.LoginsAccepted]);
        Counter(text, sessions, "gateway_venue_disconnects_total", "Connections lost or closed",
            s => s.FixSession?.Counters[FixSessionCounter.Disconnects] ?? s.Ouch?.Session.Counters[SoupCounter.Disconnects]);
    }

    private static void WriteFixSessions(PrometheusText text, List<VenueSessionView> sessions)
    {
        var fix = sessions.FindAll(s => s.FixSession is not null);
        foreach (var counter in Enum.GetValues<FixSessionCounter>())
        {
            Counter(text, fix, "gateway_fix_" + MetricNames.Snake(counter.ToString()) + "_total", "FIX session: " + counter,
                s => s.FixSession!.Counters[counter]);
        }

        foreach (var counter in Enum.GetValues<FixVenueCounter>())
        {
            Counter(text, fix, "gateway_fix_venue_" + MetricNames.Snake(counter.ToString()) + "_total", "FIX venue adapter: " + counter,
                s => s.Fix!.Counters[counter]);
        }
    }

    private static void WriteOuchSessions(PrometheusText text, List<VenueSessionView> sessions)
    {
        var ouch = sessions.FindAll(s => s.Ouch is not null);
        foreach (var counter in Enum.GetValues<SoupCounter>())
        {
            Counter(text, ouch, "gateway_soup_" + MetricNames.Snake(counter.ToString()) + "_total", "SoupBinTCP session: " + counter,
                s => s.Ouch!.Session.Counters[counter]);
        }

        foreach (var counter in Enum.GetValues<OuchVenueCounter>())
        {
            Counter(text, ouch, "gateway_ouch_" + MetricNames.Snake(counter.ToString()) + "_total", "OUCH venue adapter: " + counter,
                s => s.Ouch!.Counters[counter]);
        }

        Counter(text, ouch, "gateway_ouch_message_log_dropped_total", "OUCH messages not logged: the log's ring was full",
            s => s.Ouch!.MessageLog?.Dropped ?? 0);
    }

    private static void FixMessages(PrometheusText text, VenueSessionView s, string direction, int slot, long value)
    {
        if (value == 0)
        {
            return;
        }

        var type = slot == 0 ? "other" : ((char)slot).ToString();
        var name = slot == 0 ? "Other" : FixStandardNames.MsgTypes.GetValueOrDefault(type, "Unknown");
        text.Sample("gateway_venue_messages_total", value,
            ("session", s.Name), ("protocol", s.Protocol), ("direction", direction), ("msg_type", type), ("msg_type_name", name));
    }

    private static void OuchMessages(PrometheusText text, VenueSessionView s, OuchVenueAdapter ouch, string direction, int type, long value)
    {
        if (value == 0)
        {
            return;
        }

        var name = OuchFieldLayouts.NameOf(ouch.Options.Dialect, toVenue: direction == "out", (byte)type);
        text.Sample("gateway_venue_messages_total", value,
            ("session", s.Name), ("protocol", s.Protocol), ("direction", direction), ("msg_type", ((char)type).ToString()),
            ("msg_type_name", name));
    }

    private static void Gauge(PrometheusText text, List<VenueSessionView> sessions, string name, string help, Func<VenueSessionView, long?> value) =>
        PerSession(text, sessions, name, "gauge", help, value);

    private static void Counter(PrometheusText text, List<VenueSessionView> sessions, string name, string help, Func<VenueSessionView, long?> value) =>
        PerSession(text, sessions, name, "counter", help, value);

    private static void PerSession(PrometheusText text, List<VenueSessionView> sessions, string name, string type, string help,
        Func<VenueSessionView, long?> value)
    {
        text.Family(name, type, help);
        foreach (var s in sessions)
        {
            if (value(s) is { } v)
            {
                text.Sample(name, v, s.Labels);
            }
        }
    }
}
