using FluentAssertions;
using Gateway.Sessions.Fix.Dictionary;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Tests.Fix.Dictionary;
using Gateway.Sessions.Tests.Fix.Session;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>Deterministic cases of what the fuzzer found, with the dictionary validator as the engine runs it.</summary>
public sealed class SessionFindingsTests
{
    /// <summary>
    /// Found by bad-format/weird-seqnum: a MsgSeqNum beyond 32 bits passes the dictionary (SEQNUM is 64-bit there,
    /// as in QuickFIX/n) but the session cannot read it. It must never be processed or consume a number; today
    /// the session drops the connection without an answer.
    /// </summary>
    [Test]
    public void A_MsgSeqNum_beyond_32_bits_is_not_processed_and_ends_the_connection()
    {
        using var h = SessionHarness.Acceptor(validator: new DictionaryValidator(new FixValidator(SharedFixData.Fix44)));
        h.LogOn();

        var frames = h.Exchange("8=FIX.4.4|35=1|34=99999999999|49=TW|52=<TIME>|56=ISLD|112=X|");

        frames.Where(f => FixPeer.Field(f, 35) != "5").Should().BeEmpty("at most a Logout may answer it");
        h.Session.HasConnection.Should().BeFalse();
        h.Session.NextTargetMsgSeqNum.Should().Be(2);
        h.App.Admin.Should().HaveCount(1, "only the Logon reached the application");
    }

    /// <summary>Found by weird-seqnum: a negative MsgSeqNum is a format error; the Reject carries no RefSeqNum.</summary>
    [Test]
    public void A_negative_MsgSeqNum_is_rejected_without_a_RefSeqNum()
    {
        using var h = SessionHarness.Acceptor(validator: new DictionaryValidator(new FixValidator(SharedFixData.Fix44)));
        h.LogOn();

        FrameAssert.Single(
            h.Exchange("8=FIX.4.4|35=0|34=-1|49=TW|52=<TIME>|56=ISLD|"),
            "8=FIX.4.4|9=*|35=3|34=2|49=ISLD|52=*|56=TW|58=Incorrect data format for value|371=34|372=0|373=6|10=*");
        h.Session.NextTargetMsgSeqNum.Should().Be(2);
    }
}
