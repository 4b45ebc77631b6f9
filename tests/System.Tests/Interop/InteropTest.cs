using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// What every interop test with QuickFIX C++ starts from: a work folder per test (kept when it fails, for the
/// peer's log and stores) and how long a reply from the peer may take.
/// </summary>
public abstract class InteropTest
{
    protected static readonly TimeSpan Reply = TimeSpan.FromSeconds(10);

    protected TestWorkspace Workspace { get; private set; } = null!;

    [SetUp]
    public void CreateWorkspace() => Workspace = TestWorkspace.Create();

    [TearDown]
    public void DisposeWorkspace() => Workspace.Dispose();
}
