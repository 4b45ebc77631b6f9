using Gateway.Acceptance.Tests.Acceptor;

namespace Gateway.Acceptance.Tests.Echo;

/// <summary>Starts an <see cref="AcceptanceAcceptor"/> for each script, as the acceptance runner's factory.</summary>
public sealed class EchoAcceptorFactory : IAcceptanceAcceptorFactory
{
    public Task<IAcceptorUnderTest> StartAsync(AcceptorLaunch launch, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var acceptor = AcceptanceAcceptor.Start(launch.SettingsPath, launch.SpecFolder, launch.Port, launch.WorkDirectory);
        return Task.FromResult<IAcceptorUnderTest>(new Running(acceptor));
    }

    private sealed class Running(AcceptanceAcceptor acceptor) : IAcceptorUnderTest
    {
        public int Port => acceptor.Port;

        public string Diagnostics() => acceptor.Diagnostics();

        public ValueTask DisposeAsync()
        {
            acceptor.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
