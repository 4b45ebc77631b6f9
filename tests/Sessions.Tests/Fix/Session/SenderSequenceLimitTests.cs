using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Session;

/// <summary>Our own MsgSeqNum must never wrap: the last number is kept for a Logout and nothing is sent after it.</summary>
public sealed class SenderSequenceLimitTests
{
    [Test]
    public void The_last_number_goes_to_a_Logout_and_the_application_message_is_refused()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();
        h.Store.SetNextSenderMsgSeqNum(int.MaxValue);

        var body = new FieldsBody("11=ID|55=INTC");
        h.Session.TrySend("D"u8, ref body).Should().Be(FixSendStatus.SequenceNumbersExhausted);

        FrameAssert.Single(
            h.Pump(),
            $"8=FIX.4.4|9=*|35=5|34={int.MaxValue}|49=ISLD|52=*|56=TW|58=MsgSeqNum space exhausted: sequence numbers must be reset|10=*");
        h.Peer.IsDisconnected.Should().BeTrue();
        h.Session.NextSenderMsgSeqNum.Should().Be(int.MaxValue, "the counter must not wrap to a negative number");
    }

    [Test]
    public void The_number_before_the_last_is_still_used_normally()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();
        h.Store.SetNextSenderMsgSeqNum(int.MaxValue - 1);

        var body = new FieldsBody("11=ID|55=INTC");
        h.Session.TrySend("D"u8, ref body).Should().Be(FixSendStatus.Sent);
        h.Session.NextSenderMsgSeqNum.Should().Be(int.MaxValue);
        h.Session.TrySend("D"u8, ref body).Should().Be(FixSendStatus.SequenceNumbersExhausted);
    }
}
