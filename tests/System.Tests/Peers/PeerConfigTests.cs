using FluentAssertions;
using NUnit.Framework;

namespace Gateway.System.Tests.Peers;

public class PeerConfigTests
{
    [Test]
    public void The_session_config_has_one_session_per_client_and_the_extra_settings()
    {
        var options = new QuickFixPeerOptions
        {
            BeginString = "FIXT.1.1",
            DefaultApplVerId = "FIX.5.0SP2",
            SenderCompId = "VENUE",
            TargetCompIds = ["C1", "C2"],
            ExtraSettings = [new("HeartBtInt", "2"), new("ResetOnLogon", "Y")],
        };

        string config = QuickFixSessionConfig.Render(options, 4321, "/tmp/store");

        config.Should().Contain("SocketAcceptPort=4321\n")
            .And.Contain("FileStorePath=/tmp/store\n")
            .And.Contain("SenderCompID=VENUE\n")
            .And.Contain("BeginString=FIXT.1.1\n")
            .And.Contain("DefaultApplVerID=FIX.5.0SP2\n")
            .And.Contain("HeartBtInt=2\n")
            .And.Contain("ResetOnLogon=Y\n")
            .And.Contain("[SESSION]\nTargetCompID=C1\n")
            .And.Contain("[SESSION]\nTargetCompID=C2\n");
        config.IndexOf("[SESSION]", StringComparison.Ordinal).Should().BeGreaterThan(config.IndexOf("HeartBtInt", StringComparison.Ordinal));
    }

    [Test]
    public void A_FIX_4_session_has_no_DefaultApplVerID()
    {
        QuickFixSessionConfig.Render(new QuickFixPeerOptions { BeginString = "FIX.4.2" }, 1, "/s")
            .Should().NotContain("DefaultApplVerID");
    }

    [Test]
    public void Tshark_fields_parse_into_messages_and_checksum_counts()
    {
        // Lines as tshark printed them for a FIX capture (frame, MsgType, checksum_bad, checksum_good).
        const string Fields = "4\tA\t0\t1\n6\tA\t0\t1\n8\t1\t1\t0\n10\t1,0\t0,0\t1,1\n13\t0\t\t\n";

        TsharkDecode decode = TsharkDecode.Parse(WireDissector.Fix, Fields, malformed: 2);

        decode.Frames.Should().Be(5);
        decode.Messages.Should().Equal("A", "A", "1", "1", "0", "0");
        decode.BadChecksums.Should().Be(1);
        decode.GoodChecksums.Should().Be(4);
        decode.Malformed.Should().Be(2);
    }

    [Test]
    public void Tshark_soupbintcp_fields_parse_into_packet_and_OUCH_types()
    {
        const string Fields = "4\t'U'\t'O'\n6\t'S'\t'A'\n8\t'H'\t\n";

        TsharkDecode decode = TsharkDecode.Parse(WireDissector.SoupBinTcp, Fields, malformed: 0);

        decode.Messages.Should().Equal("U", "S", "H");
        decode.Payloads.Should().Equal("O", "A");
    }
}
