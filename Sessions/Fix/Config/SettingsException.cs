namespace Gateway.Sessions.Fix.Config;

/// <summary>
/// A settings file that cannot be used: a malformed line, a missing or bad value. The message names the section
/// (and session), the key, the value and what was expected, so an operator can fix the file from it alone.
/// </summary>
public sealed class SettingsException : Exception
{
    public SettingsException(string message)
        : base(message)
    {
    }

    public SettingsException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public SettingsException()
    {
    }
}
