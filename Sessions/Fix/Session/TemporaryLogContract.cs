// TEMPORARY: the store helper's IFixMessageLog has not landed yet. This copy of the documented contract
// (docs/fix-engine.md) lets the session build; delete this file when branch `store` brings the real one.
namespace Gateway.Sessions.Fix.Store;

public interface IFixMessageLog : IDisposable
{
    void OnIncoming(ReadOnlySpan<byte> frame);

    void OnOutgoing(ReadOnlySpan<byte> frame);

    void OnEvent(string text);
}
