namespace Gateway.System.Tests.Peers;

/// <summary>An independent peer (QuickFIX C++, tshark) is not installed: the message says how to install it.</summary>
public sealed class PeerMissingException(string message) : Exception(message)
{
    public const string InstallHint =
        "install the test peers (as root): scripts/install-test-deps.sh " +
        "(apt-get install -y libquickfix-dev libquickfix-doc tshark)";
}
