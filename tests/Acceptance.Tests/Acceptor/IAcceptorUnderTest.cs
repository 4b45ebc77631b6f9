namespace Gateway.Acceptance.Tests.Acceptor;

/// <summary>A running acceptor with the ATApplication behind it (FORMAT.md "The acceptor under test").</summary>
public interface IAcceptorUnderTest : IAsyncDisposable
{
    /// <summary>The port it listens on, on 127.0.0.1.</summary>
    int Port { get; }

    /// <summary>What it recently did (events, rejects, messages in and out), for failure messages; may be empty.</summary>
    string Diagnostics();
}
