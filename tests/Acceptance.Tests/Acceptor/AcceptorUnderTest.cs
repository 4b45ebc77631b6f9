namespace Gateway.Acceptance.Tests.Acceptor;

/// <summary>Which acceptor the acceptance suite runs against.</summary>
public static class AcceptorUnderTest
{
    /// <summary>
    /// Null until the session layer's acceptor host and the ATApplication exist in Sessions/Fix/Session: then every
    /// acceptance script fails with <see cref="NotWiredMessage"/> (a suite that cannot run must not look green).
    /// </summary>
    public static IAcceptanceAcceptorFactory? Factory => null;

    public const string NotWiredMessage =
        "acceptor not wired yet: the FIX acceptor host and ATApplication (Sessions/Fix/Session) are not connected "
        + "to the acceptance runner; see tests/Acceptance.Tests/Acceptor/AcceptorUnderTest.cs";
}
