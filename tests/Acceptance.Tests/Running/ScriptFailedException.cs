namespace Gateway.Acceptance.Tests.Running;

/// <summary>A script did not go as written; the message says where and how, ready for a test failure.</summary>
public sealed class ScriptFailedException : Exception
{
    public ScriptFailedException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
