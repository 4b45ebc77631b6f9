using BenchmarkDotNet.Running;
using Gateway.Benchmarks.Harness;
using Gateway.Benchmarks.Journal;
using Gateway.Benchmarks.Ouch;
using Gateway.Benchmarks.Pipeline;

namespace Gateway.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Benchmarks -- &lt;mode&gt; [--option value ...]</c> runs one end-to-end
/// measurement and ends with lines <c>name value</c>; <c>-- bdn &lt;args&gt;</c> hands the rest to BenchmarkDotNet.
/// </summary>
public static class Program
{
    /// <summary>The modes by name.</summary>
    private static readonly IBenchmarkMode[] Modes =
    [
        new FixMode(),
        new FloorMode(),
        new JournalMode(),
        new PipelineMode(),
        new OuchMode(),
    ];

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage(Console.Error);
        }

        if (args[0] == "bdn")
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(BdnArguments(args[1..]));
            return 0;
        }

        IBenchmarkMode? mode = Array.Find(Modes, m => m.Name == args[0]);
        if (mode is null)
        {
            Console.Error.WriteLine($"unknown mode '{args[0]}'");
            return Usage(Console.Error);
        }

        var report = new FigureReport();
        mode.Run(new ModeArguments(args[1..]), report);
        report.WriteTo(Console.Out);
        return 0;
    }

    /// <summary>
    /// BenchmarkDotNet runs each benchmark in its own process by default (the project file is named after the
    /// assembly, as its toolchain expects); <c>--inProcess</c> keeps them in this one for a quick look.
    /// </summary>
    private static string[] BdnArguments(string[] args) => args;

    private static int Usage(TextWriter output)
    {
        output.WriteLine("usage: dotnet run -c Release --project tests/Benchmarks -- <mode> [--option value ...]");
        foreach (IBenchmarkMode mode in Modes)
        {
            output.WriteLine($"  {mode.Name,-8} {mode.Summary}");
        }

        output.WriteLine("  bdn      BenchmarkDotNet micro-benchmarks: bdn --filter '*Name*' (any BenchmarkSwitcher arguments; in process)");
        return 2;
    }
}
