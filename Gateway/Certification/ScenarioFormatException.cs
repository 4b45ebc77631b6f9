namespace Gateway.Certification;

/// <summary>A scenario file that cannot be read: the message names the file and the line, and says what was expected.</summary>
public sealed class ScenarioFormatException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
