using Gateway.Benchmarks.Harness;

namespace Gateway.Benchmarks.Fix.Validate;

/// <summary>
/// fix_parse_validate_nos_{ns,bytes} (scan + validate + adapter reads of <see cref="NewOrderSample"/>) and
/// fix_encode_nos_{ns,bytes} (FixWriter of the same order, header and trailer included), with the scan and the
/// validation alone beside them in the progress output.
/// </summary>
public static class ParseValidateFigures
{
    /// <summary>Well under a millisecond of work per round.</summary>
    private const int PerRound = 1_000;

    public static void Measure(FigureReport report, TextWriter progress)
    {
        var workload = new ParseValidateWorkload();
        var frame = workload.Frame;
        var buffer = new byte[1024];

        // The parts first, the whole last: the whole then runs code the JIT has already settled.
        var scan = Time(() => workload.Scan(frame));
        var scanValidate = Time(() =>
        {
            workload.Scan(frame);
            return workload.ValidateScanned(frame) ? 1 : 0;
        });
        var parse = Time(() => workload.ParseValidateRead(frame));
        var seqNum = 0;
        var encode = Time(() => NewOrderSample.Encode(buffer, ++seqNum, NewOrderSample.SendingTimeNanos + seqNum));

        progress.WriteLine(
            $"fix_parse_validate_nos: {frame.Length} B, {workload.Scan(frame)} fields: {Describe(parse)}; " +
            $"scan alone {Describe(scan)}; scan + validate {Describe(scanValidate)}");
        progress.WriteLine($"fix_encode_nos: {Describe(encode)}");
        report.Add("fix_parse_validate_nos_ns", parse.CpuNanos);
        report.Add("fix_parse_validate_nos_bytes", parse.Bytes);
        report.Add("fix_encode_nos_ns", encode.CpuNanos);
        report.Add("fix_encode_nos_bytes", encode.Bytes);
    }

    /// <remarks>The delegate call per operation (~1-2 ns) is inside every figure; small beside what is measured.</remarks>
    private static OperationCost Time(Func<long> operation) =>
        OperationTimer.Measure(
            n =>
            {
                long sink = 0;
                for (var i = 0; i < n; i++)
                {
                    sink += operation();
                }

                return sink;
            },
            PerRound);

    private static string Describe(OperationCost cost) =>
        $"{cost.CpuNanos:0.0} ns CPU (median wall {cost.WallMedianNanos:0.0} ns), {cost.Bytes:0.##} B per message";
}
