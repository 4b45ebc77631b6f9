using System.Diagnostics;
using Gateway.Api.Protocol;
using Gateway.Benchmarks.Fix.Validate;
using Gateway.Benchmarks.Harness;
using Gateway.Venues.Fix;

namespace Gateway.Benchmarks.Pipeline;

/// <summary>
/// Orders through <see cref="InProcessPipeline"/> on one thread: each order is written as NewOrder bytes, read back
/// (<see cref="ApiWire.TryRead{T}"/>), handed to the inbound proxy as the client server would, and every
/// <see cref="Batch"/> orders both agents are stepped until idle (risk, book, journal, then FIX encode and send).
/// Reports pipeline_orders_per_s (wall clock; both agents' work on one core: a lower bound for two threads),
/// pipeline_orders_per_cpu_s (the same over the thread's CPU time: what a core of its own would do on a crowded machine),
/// pipeline_bytes_per_order and pipeline_gc_count_1m (collections of any generation during the measured orders).
/// </summary>
public static class PipelineFigures
{
    /// <summary>Orders handed over per step: well inside the rings and the order thread's 256 per duty cycle.</summary>
    private const int Batch = 64;

    public static void Measure(int orders, int warmup, bool fileStore, FigureReport report, TextWriter progress)
    {
        using var pipeline = new InProcessPipeline(orders + warmup + Batch, fileStore);
        var frame = new byte[NewOrderMessage.Size];
        var order = new NewOrderMessage
        {
            AccountId = PipelineLimits.Account,
            InstrumentId = PipelineLimits.Instrument,
            VenueId = -1,
            OrderType = OrderType.Limit,
            TimeInForce = TimeInForce.ImmediateOrCancel,
            Price = PipelineLimits.Price,
        };

        long nextId = 0;
        Run(pipeline, frame, ref order, ref nextId, warmup);
        ThreadCpuClock.NowNanos(); // its first call binds the native function (allocates): not inside the measurement
        var sentBefore = pipeline.Venue.Counters[FixVenueCounter.RequestsSent];
        var rejectedBefore = pipeline.Processor.Counters.Rejected.Value + pipeline.Processor.Counters.RiskRejects.Value;
        var collections = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        var cpuStart = ThreadCpuClock.NowNanos();
        var unreadable = Run(pipeline, frame, ref order, ref nextId, orders);
        var elapsed = Stopwatch.GetElapsedTime(start);
        var cpuSeconds = (ThreadCpuClock.NowNanos() - cpuStart) / 1e9;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        collections = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - collections;
        var sent = pipeline.Venue.Counters[FixVenueCounter.RequestsSent] - sentBefore;
        var rejected = pipeline.Processor.Counters.Rejected.Value + pipeline.Processor.Counters.RiskRejects.Value - rejectedBefore;
        if (sent != orders || unreadable != 0)
        {
            throw new InvalidOperationException(
                $"{orders} orders: {sent} sent to the venue, {rejected} rejected, {unreadable} frames unreadable: " +
                "the figures would not be of the full path");
        }

        var perSecond = orders / elapsed.TotalSeconds;
        var perCpuSecond = orders / cpuSeconds;
        var perOrder = (double)allocated / orders;
        progress.WriteLine(
            $"pipeline (in process, one thread steps both agents; FIX store {(fileStore ? "file" : "none")}): {orders:N0} orders after {warmup:N0} warm-up in " +
            $"{elapsed.TotalMilliseconds:0} ms wall, {cpuSeconds * 1000:0} ms on the CPU: {perSecond:N0} orders/s ({perCpuSecond:N0} per CPU " +
            $"second, {1e9 / perCpuSecond:0} ns of CPU per order), {allocated:N0} bytes " +
            $"allocated ({perOrder:0.###} per order), {collections} collections; {pipeline.Connection.BytesDiscarded:N0} FIX bytes written");
        report.Add("pipeline_orders_per_s", perSecond);
        report.Add("pipeline_orders_per_cpu_s", perCpuSecond);
        report.Add("pipeline_bytes_per_order", perOrder);
        report.Add("pipeline_gc_count_1m", (long)Math.Round(collections * 1_000_000.0 / orders));
    }

    /// <summary>Returns how many frames did not read back (none expected).</summary>
    private static int Run(InProcessPipeline pipeline, byte[] frame, ref NewOrderMessage order, ref long nextId, int count)
    {
        var unreadable = 0;
        var inbound = pipeline.Inbound;
        for (var i = 0; i < count; i++)
        {
            order.ClientOrderId = ++nextId;
            order.Side = (nextId & 1) == 0 ? Side.Buy : Side.Sell;
            order.Quantity = 10 + (nextId & 7);
            ApiWire.Write(frame, ref order);
            if (ApiWire.TryRead<NewOrderMessage>(frame, out var message))
            {
                inbound.OnNewOrder(PipelineLimits.Strategy, in message, Stopwatch.GetTimestamp());
            }
            else
            {
                unreadable++;
            }

            if ((i + 1) % Batch == 0)
            {
                pipeline.Step();
            }
        }

        pipeline.Step();
        return unreadable;
    }
}
