namespace Gateway.Acceptance.Tests.Scripts;

/// <summary>A parsed .def script: where it came from and what it does, in order.</summary>
public sealed record AcceptanceScript(string Path, IReadOnlyList<ScriptStep> Steps)
{
    /// <summary>The file name without .def, e.g. <c>2d_GarbledMessage</c>.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary><c>path:line</c>, as compilers and editors print it.</summary>
    public string Locate(ScriptStep step) => $"{Path}:{step.Line}";
}
