using Gateway.Sessions.Fix.Store;

namespace Gateway.Sessions.Fix.Session;

/// <summary>A message log that keeps nothing: for sessions configured without FileLogPath.</summary>
public sealed class NullFixMessageLog : IFixMessageLog
{
    public static readonly NullFixMessageLog Instance = new();

    public void OnIncoming(ReadOnlySpan<byte> frame)
    {
    }

    public void OnOutgoing(ReadOnlySpan<byte> frame)
    {
    }

    public void OnEvent(string text)
    {
    }

    public void Dispose()
    {
    }
}
