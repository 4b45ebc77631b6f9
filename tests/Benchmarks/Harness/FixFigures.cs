namespace Gateway.Benchmarks.Harness;

/// <summary>
/// Hook for the FIX engine's own figures in the <c>fix</c> mode.
/// </summary>
public static class FixFigures
{
    public static void Measure(ModeArguments arguments, FigureReport report, TextWriter progress)
    {
        // TODO(coordinator): call the codec harness once tests/Benchmarks/Fix/Codec has landed on main, e.g.
        //   FixCodecFigures.MeasureParse(report); FixCodecFigures.MeasureEncode(report);
        // (adapt to the signatures it ends up with). Until then the fix mode prints only the TCP floor.
        _ = arguments;
        _ = report;
        progress.WriteLine("fix: codec figures not wired yet (FixFigures hook); printing the TCP floor only");
    }
}
