using Gateway.Acceptance.Tests.Echo;

namespace Gateway.Acceptance.Tests.Acceptor;

/// <summary>Which acceptor the acceptance suite runs against.</summary>
public static class AcceptorUnderTest
{
    /// <summary>
    /// Our <see cref="Gateway.Sessions.Fix.Engine.FixEngine"/> with the ATApplication echo app (Echo/). Null would make
    /// every acceptance script fail with <see cref="NotWiredMessage"/>: a suite that cannot run must not look green.
    /// </summary>
    public static IAcceptanceAcceptorFactory? Factory { get; } = new EchoAcceptorFactory();

    public const string NotWiredMessage =
        "acceptor not wired yet: the FIX acceptor host and ATApplication (Sessions/Fix/Session) are not connected "
        + "to the acceptance runner; see tests/Acceptance.Tests/Acceptor/AcceptorUnderTest.cs";
}
