namespace Gateway.Acceptance.Tests.Acceptor;

/// <summary>Starts the acceptor that the acceptance scripts are run against, one per script.</summary>
public interface IAcceptanceAcceptorFactory
{
    /// <summary>Starts listening before returning, so that the script can connect at once.</summary>
    Task<IAcceptorUnderTest> StartAsync(AcceptorLaunch launch, CancellationToken token);
}
