using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Session;

public sealed class ResendTests
{
    private static SessionHarness LoggedOnWithHistory()
    {
        // Sent: 1 Logon, 2 Heartbeat(TEST reply), 3 D, 4 D, 5 Heartbeat(reply), 6 D.
        var h = SessionHarness.Acceptor();
        h.LogOn();
        h.Exchange("8=FIX.4.4|35=1|34=2|49=TW|52=<TIME>|56=ISLD|112=A|");
        Send(h, "11=ID1|55=INTC");
        Send(h, "11=ID2|55=CDG");
        h.Exchange("8=FIX.4.4|35=1|34=3|49=TW|52=<TIME>|56=ISLD|112=B|");
        Send(h, "11=ID3|55=IVP");
        h.Pump();
        return h;
    }

    private static void Send(SessionHarness h, string body)
    {
        var b = new FieldsBody(body);
        h.Session.TrySend("D"u8, ref b).Should().Be(FixSendStatus.Sent);
    }

    [Test]
    public void Application_messages_come_back_with_PossDup_and_admin_messages_as_merged_gap_fills()
    {
        using var h = LoggedOnWithHistory();

        var frames = h.Exchange("8=FIX.4.4|35=2|34=4|49=TW|52=<TIME>|56=ISLD|7=1|16=0|");

        frames.Should().HaveCount(5, string.Join("\n", frames));
        FrameAssert.Matches(frames[0], "8=FIX.4.4|9=91|35=4|34=1|43=Y|49=ISLD|52=*|56=TW|122=*|36=3|123=Y|10=*");
        FrameAssert.Matches(frames[1], "8=FIX.4.4|9=*|35=D|34=3|43=Y|49=ISLD|52=*|56=TW|122=*|11=ID1|55=INTC|10=*");
        FrameAssert.Matches(frames[2], "8=FIX.4.4|9=*|35=D|34=4|43=Y|49=ISLD|52=*|56=TW|122=*|11=ID2|55=CDG|10=*");
        FrameAssert.Matches(frames[3], "8=FIX.4.4|9=91|35=4|34=5|43=Y|49=ISLD|52=*|56=TW|122=*|36=6|123=Y|10=*");
        FrameAssert.Matches(frames[4], "8=FIX.4.4|9=*|35=D|34=6|43=Y|49=ISLD|52=*|56=TW|122=*|11=ID3|55=IVP|10=*");
        h.Session.NextSenderMsgSeqNum.Should().Be(7);
        h.Session.NextTargetMsgSeqNum.Should().Be(5);
    }

    [Test]
    public void OrigSendingTime_is_the_original_SendingTime()
    {
        using var h = LoggedOnWithHistory();
        h.Advance(TimeSpan.FromSeconds(5));

        var frames = h.Exchange("8=FIX.4.4|35=2|34=4|49=TW|52=<TIME>|56=ISLD|7=3|16=3|");

        FrameAssert.Single(frames, "8=FIX.4.4|9=*|35=D|34=3|43=Y|49=ISLD|52=*|56=TW|122=*|11=ID1|55=INTC|10=*");
        var stored = new List<Gateway.Sessions.Fix.Store.StoredMessage>();
        h.Store.Get(3, 3, stored);
        var original = FixPeer.Field(System.Text.Encoding.Latin1.GetString(stored[0].Frame).Replace('\u0001', '|'), 52);
        FixPeer.Field(frames[0], 122).Should().Be(original);
        FixPeer.Field(frames[0], 52).Should().NotBe(original);
    }

    [Test]
    public void Only_admin_messages_requested_give_one_gap_fill_to_the_next_number()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();
        h.Exchange("8=FIX.4.4|35=1|34=2|49=TW|52=<TIME>|56=ISLD|112=A|");
        h.Exchange("8=FIX.4.4|35=1|34=3|49=TW|52=<TIME>|56=ISLD|112=A|");

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=2|34=4|49=TW|52=<TIME>|56=ISLD|7=1|16=3|"),
            "8=FIX.4.4|9=91|35=4|34=1|43=Y|49=ISLD|52=*|56=TW|122=*|36=4|123=Y|10=*");
    }

    [Test]
    public void A_resend_request_below_the_expected_number_is_still_served()
    {
        using var h = LoggedOnWithHistory();
        h.Exchange("8=FIX.4.4|35=0|34=4|49=TW|52=<TIME>|56=ISLD|");

        var frames = h.Exchange("8=FIX.4.4|35=2|34=4|49=TW|52=<TIME>|56=ISLD|7=6|16=6|");

        FrameAssert.Single(frames, "8=FIX.4.4|9=*|35=D|34=6|43=Y|49=ISLD|52=*|56=TW|122=*|11=ID3|55=IVP|10=*");
        h.Session.NextTargetMsgSeqNum.Should().Be(5);
    }

    [Test]
    public void Header_extras_of_the_stored_message_are_kept_in_ascending_order()
    {
        using var h = SessionHarness.Acceptor();
        h.LogOn();
        var body = new FieldsBody("11=X", "97=Y|128=DEST");
        h.Session.TrySend("D"u8, ref body).Should().Be(FixSendStatus.Sent);
        FrameAssert.Single(h.Pump(), "8=FIX.4.4|9=*|35=D|34=2|49=ISLD|52=*|56=TW|97=Y|128=DEST|11=X|10=*");

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=2|34=2|49=TW|52=<TIME>|56=ISLD|7=2|16=2|"),
            "8=FIX.4.4|9=*|35=D|34=2|43=Y|49=ISLD|52=*|56=TW|97=Y|122=*|128=DEST|11=X|10=*");
    }
}
