using System.Text;
using FluentAssertions;
using Gateway.Sessions.Soup;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Soup;

/// <summary>Golden bytes of every SoupBinTCP packet, from the layouts of SoupBinTCP 4.0.</summary>
public sealed class SoupPacketTests
{
    [Test]
    public void Login_request_is_47_bytes_of_alpha_and_right_justified_numeric_fields()
    {
        var packet = new byte[64];
        var length = SoupPacketWriter.WriteLoginRequest(packet, "USER"u8, "PASS"u8, ""u8, 1234);

        length.Should().Be(49);
        SoupBytes.ToHex(packet.AsSpan(0, 3)).Should().Be("002F4C");
        Encoding.ASCII.GetString(packet, 3, 46).Should().Be(
            "USER  " + "PASS      " + "          " + "                1234");
    }

    [Test]
    public void Login_accepted_carries_session_and_next_sequence_number()
    {
        var packet = new byte[64];
        var length = SoupPacketWriter.WriteLoginAccepted(packet, "SESS01"u8, 17);

        length.Should().Be(33);
        SoupBytes.ToHex(packet.AsSpan(0, 3)).Should().Be("001F41");
        Encoding.ASCII.GetString(packet, 3, 30).Should().Be("SESS01    " + "                  17");
    }

    [TestCase(SoupLoginRejectReason.NotAuthorized, "00024A41")]
    [TestCase(SoupLoginRejectReason.SessionNotAvailable, "00024A53")]
    public void Login_rejected_carries_its_reason(SoupLoginRejectReason reason, string hex)
    {
        var packet = new byte[8];
        var length = SoupPacketWriter.WriteLoginRejected(packet, reason);
        SoupBytes.ToHex(packet.AsSpan(0, length)).Should().Be(hex);
    }

    [TestCase(SoupPacketType.ServerHeartbeat, "000148")]
    [TestCase(SoupPacketType.ClientHeartbeat, "000152")]
    [TestCase(SoupPacketType.EndOfSession, "00015A")]
    [TestCase(SoupPacketType.LogoutRequest, "00014F")]
    public void Empty_packets_are_a_length_of_one_and_a_type(byte type, string hex)
    {
        var packet = new byte[8];
        var length = SoupPacketWriter.WriteEmpty(packet, type);
        SoupBytes.ToHex(packet.AsSpan(0, length)).Should().Be(hex);
    }

    [Test]
    public void Data_packets_count_the_type_byte_in_their_length()
    {
        var packet = new byte[16];
        var length = SoupPacketWriter.WriteData(packet, SoupPacketType.UnsequencedData, "abc"u8);
        SoupBytes.ToHex(packet.AsSpan(0, length)).Should().Be("000455616263");
    }

    [TestCase("                  17", true, 17)]
    [TestCase("                    ", true, 0)]
    [TestCase("17                  ", true, 17)]
    [TestCase("          1x        ", false, 0)]
    [TestCase("99999999999999999999", false, 0)]
    public void Numeric_fields_parse_with_spaces_either_side(string field, bool ok, long value)
    {
        SoupAscii.TryParseNumeric(Encoding.ASCII.GetBytes(field), out var parsed).Should().Be(ok);
        if (ok)
        {
            parsed.Should().Be(value);
        }
    }

    [Test]
    public void Numbers_that_do_not_fit_are_refused()
    {
        var field = new byte[3];
        SoupAscii.WriteNumeric(field, 1000).Should().BeFalse();
        SoupAscii.WriteZeroPadded(field, 7).Should().BeTrue();
        Encoding.ASCII.GetString(field).Should().Be("007");
    }
}
