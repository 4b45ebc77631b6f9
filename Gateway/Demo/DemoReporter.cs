using System.Diagnostics;
using Gateway.Hosting;
using Gateway.Operations.Metrics;
using Gateway.Sessions.Metrics;
using Serilog;

namespace Gateway.Demo;

/// <summary>
/// Prints what the demo does, from the host's thread: the latest fill at most once a second, and every few seconds
/// the interval's round trips as the strategy sees them (order → gateway ack, order → first fill) and the gateway's
/// own wire-to-wire time, beside the TCP floor measured at start. Reads counters and latency recorders only.
/// </summary>
public sealed class DemoReporter(
    SampleStrategy strategy, LatencyRecorder wireToWire, ILogger log, LatencyHistogram floor, string floorName, int reportSeconds)
{
    private static readonly TimeSpan FillEvery = TimeSpan.FromSeconds(1);

    private readonly LatencyHistogram _acks = new();
    private readonly LatencyHistogram _fills = new();
    private readonly LatencyHistogram _wire = new();

    // Through the recorder's totals, which the /metrics endpoint also reads: a recorder gives each sample to one taker.
    private readonly LatencyTotals.Reader _wireReader = LatencyTotals.Of(wireToWire).NewReader();
    private LatencyHistogram? _ackInterval;
    private LatencyHistogram? _fillInterval;
    private LatencyHistogram? _wireInterval;
    private long _lastFillPrinted;
    private long _sentAtLastReport;

    public void RunUntil(CancellationToken stop, WaitHandle finished, TimeSpan? deadline = null)
    {
        var clock = Stopwatch.StartNew();
        var nextFill = FillEvery;
        var reportEvery = TimeSpan.FromSeconds(reportSeconds);
        var nextReport = reportEvery;
        var handles = new[] { stop.WaitHandle, finished };
        while (!stop.IsCancellationRequested && (deadline is null || clock.Elapsed < deadline))
        {
            if (WaitHandle.WaitAny(handles, TimeSpan.FromMilliseconds(100)) == 1)
            {
                break;
            }

            if (clock.Elapsed >= nextFill)
            {
                PrintFill();
                nextFill += FillEvery;
            }

            if (clock.Elapsed >= nextReport)
            {
                PrintInterval(reportEvery);
                nextReport += reportEvery;
            }
        }

        PrintFill();
        TakeIntervals();
    }

    public void PrintSummary(TimeSpan elapsed, GatewayHost gateway)
    {
        log.Information(
            "Summary after {Seconds:0.0} s: {Sent} orders sent, {Accepted} accepted by the gateway, {Fills} fills ({Filled} orders filled), " +
            "{Canceled} canceled, {Replaced} replaced, rejects: {Risk} by risk checks, {Venue} by venues, {Other} other; {Finals} orders final",
            elapsed.TotalSeconds, strategy.Sent, strategy.Accepted, strategy.Fills, strategy.FilledOrders, strategy.Canceled,
            strategy.Replaced, strategy.RiskRejects, strategy.VenueRejects, strategy.OtherRejects, strategy.Finals);
        Print("Whole run", _acks, _fills, _wire);
        var counters = gateway.Processor.Counters;
        log.Information(
            "Gateway counters: {New} new orders, {Rejected} rejected ({Risk} by risk), {Fills} fills, {Reports} venue reports " +
            "({Duplicates} duplicates, {Anomalies} anomalies), journal {Appends} records",
            counters.NewOrders.Value, counters.Rejected.Value, counters.RiskRejects.Value, counters.Fills.Value,
            counters.VenueReports.Value, counters.Duplicates.Value, counters.Anomalies.Value, gateway.Journal.Appends);
    }

    private void PrintFill()
    {
        if (!strategy.TryReadLastFill(_lastFillPrinted, out var number, out var fill))
        {
            return;
        }

        _lastFillPrinted = number;
        log.Information(
            "Fill #{Number}: order {Order} {Quantity} @ {Price:0.00} (cum {Cum}, leaves {Leaves}, exec {ExecId})",
            number, fill.ClientOrderId, fill.Quantity, fill.Price / (decimal)DemoPlan.PriceScale, fill.CumQuantity, fill.LeavesQuantity,
            fill.ExecId.ToString());
    }

    private void PrintInterval(TimeSpan length)
    {
        var (acks, fills, wire) = TakeIntervals();
        var sent = strategy.Sent;
        log.Information(
            "Last {Seconds} s: {Sent} orders; fills {Fills}, risk rejects {Risk}, canceled {Canceled}, replaced {Replaced}",
            (int)length.TotalSeconds, sent - _sentAtLastReport, strategy.Fills, strategy.RiskRejects, strategy.Canceled, strategy.Replaced);
        _sentAtLastReport = sent;
        Print("Last interval", acks, fills, wire);
    }

    private void Print(string what, LatencyHistogram acks, LatencyHistogram fills, LatencyHistogram wire)
    {
        log.Information(
            "{What}: order → gateway ack p50 {A50:0.0} µs p99 {A99:0.0} µs p99.9 {A999:0.0} µs max {AMax:0.0} µs | order → fill p50 {F50:0.0} µs " +
            "p99 {F99:0.0} µs p99.9 {F999:0.0} µs max {FMax:0.0} µs | gateway wire-to-wire p50 {W50:0.0} µs p99 {W99:0.0} µs p99.9 {W999:0.0} µs " +
            "max {WMax:0.0} µs | {FloorName} p50 {Floor:0.0} µs",
            what, Micros(acks, 50), Micros(acks, 99), Micros(acks, 99.9), acks.Max / 1000.0,
            Micros(fills, 50), Micros(fills, 99), Micros(fills, 99.9), fills.Max / 1000.0,
            Micros(wire, 50), Micros(wire, 99), Micros(wire, 99.9), wire.Max / 1000.0,
            floorName, Micros(floor, 50));
    }

    private (LatencyHistogram Acks, LatencyHistogram Fills, LatencyHistogram Wire) TakeIntervals()
    {
        _ackInterval = strategy.AckRoundTrips.TakeInterval(_ackInterval);
        _fillInterval = strategy.FillRoundTrips.TakeInterval(_fillInterval);
        _wireInterval = _wireReader.TakeInterval(_wireInterval);
        _acks.Add(_ackInterval);
        _fills.Add(_fillInterval);
        _wire.Add(_wireInterval);
        return (_ackInterval, _fillInterval, _wireInterval);
    }

    private static double Micros(LatencyHistogram histogram, double percentile) => histogram.ValueAtPercentile(percentile) / 1000.0;
}
