namespace Gateway.Acceptance.Tests.Scripts;

/// <summary>A .def line the runner does not understand: the script is wrong, or the runner is.</summary>
public sealed class ScriptFormatException : Exception
{
    public ScriptFormatException(string path, int line, string text, string reason)
        : base($"{path}:{line}: {reason}: \"{text.Replace('\u0001', '|')}\"")
    {
    }
}
