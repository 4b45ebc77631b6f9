using Gateway.Sessions.Fix.Store;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Store;

[TestFixture(FsyncPolicy.Never)]
[TestFixture(FsyncPolicy.EveryMessage)]
[TestFixture(FsyncPolicy.IntervalMillis)]
public sealed class FileFixMessageStoreContractTests(FsyncPolicy fsync) : FixMessageStoreContract
{
    private TempDirectory _dir = null!;

    [SetUp]
    public void CreateDirectory() => _dir = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => _dir.Dispose();

    protected override IFixMessageStore CreateStore() =>
        new FileFixMessageStore(new FileStoreOptions(_dir.Path) { Fsync = fsync, FsyncIntervalMillis = 5 }, "FIX.4.4-ISLD-TW");
}
