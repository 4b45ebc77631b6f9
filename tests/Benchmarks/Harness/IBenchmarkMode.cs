namespace Gateway.Benchmarks.Harness;

/// <summary>
/// One end-to-end measurement the benchmark program can run by name (<c>dotnet run -- &lt;mode&gt;</c>).
/// A mode prints what it likes while it runs and hands its figures to the report, which prints them last.
/// </summary>
public interface IBenchmarkMode
{
    /// <summary>The word on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    void Run(ModeArguments arguments, FigureReport report);
}
