using Gateway.Sessions.Fix.Store;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Store;

[TestFixture]
public sealed class MemoryFixMessageStoreTests : FixMessageStoreContract
{
    protected override IFixMessageStore CreateStore() => new MemoryFixMessageStore();
}
