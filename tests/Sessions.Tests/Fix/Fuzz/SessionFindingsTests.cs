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
    /// Found by bad-format/weird-seqnum: a MsgSeqNum beyond 32 bits cannot be a sequence number. It is answered with
    /// a session Reject naming tag 34 as a format error, is never processed, and consumes no number.
    /// </summary>
    [Test]
    public void A_MsgSeqNum_beyond_32_bits_is_rejected_as_a_format_error_and_not_processed()
    {
        using var h = SessionHarness.Acceptor(validator: new DictionaryValidator(new FixValidator(SharedFixData.Fix44)));
        h.LogOn();

        var frames = h.Exchange("8=FIX.4.4|35=1|34=99999999999|49=TW|52=<TIME>|56=ISLD|112=X|");

        frames.Should().ContainSingle();
        FixPeer.Field(frames[0], 35).Should().Be("3");
        FixPeer.Field(frames[0], 371).Should().Be("34");
        FixPeer.Field(frames[0], 373).Should().Be("6");
        FixPeer.Field(frames[0], 45).Should().BeNull("there is no readable sequence number to refer to");
        h.Session.NextTargetMsgSeqNum.Should().Be(2);
        h.App.Admin.Should().HaveCount(1, "only the Logon reached the application");
    }

    /// <summary>Found by weird-seqnum: a negative MsgSeqNum is below the expected one: Logout and disconnect.</summary>
    [Test]
    public void A_negative_MsgSeqNum_is_too_low_and_ends_the_session()
    {
        using var h = SessionHarness.Acceptor(validator: new DictionaryValidator(new FixValidator(SharedFixData.Fix44)));
        h.LogOn();

        var frames = h.Exchange("8=FIX.4.4|35=0|34=-1|49=TW|52=<TIME>|56=ISLD|");

        frames.Should().ContainSingle();
        FixPeer.Field(frames[0], 35).Should().Be("5");
        FixPeer.Field(frames[0], 58).Should().Be("MsgSeqNum too low, expecting 2 but received -1");
        h.Session.HasConnection.Should().BeFalse();
        h.Session.NextTargetMsgSeqNum.Should().Be(2);
    }

    /// <summary>
    /// Found by probing edge values after the fuzz runs: a SequenceReset to int.MaxValue made the next in-sequence
    /// message wrap the expected number to int.MinValue, after which every message looked too high. The value is
    /// now refused (373=5 on NewSeqNo) and the expected number stays where it was.
    /// </summary>
    [Test]
    public void A_SequenceReset_to_the_last_32_bit_number_is_rejected_and_nothing_wraps()
    {
        using var h = SessionHarness.Acceptor(validator: new DictionaryValidator(new FixValidator(SharedFixData.Fix44)));
        h.LogOn();

        var frames = h.Exchange("8=FIX.4.4|35=4|34=2|49=TW|52=<TIME>|56=ISLD|36=2147483647|");

        frames.Should().ContainSingle();
        FixPeer.Field(frames[0], 35).Should().Be("3");
        FixPeer.Field(frames[0], 373).Should().Be("5");
        FixPeer.Field(frames[0], 371).Should().Be("36");
        h.Session.NextTargetMsgSeqNum.Should().Be(2);

        h.Exchange("8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD|");
        h.Session.NextTargetMsgSeqNum.Should().Be(3, "the session carries on in sequence");
    }

    /// <summary>The last number the peer can use is accepted; the session then ends instead of wrapping.</summary>
    [Test]
    public void Receiving_the_last_32_bit_MsgSeqNum_ends_the_session_with_a_Logout()
    {
        using var h = SessionHarness.Acceptor(validator: new DictionaryValidator(new FixValidator(SharedFixData.Fix44)));
        h.LogOn();
        h.Store.SetNextTargetMsgSeqNum(int.MaxValue);

        var frames = h.Exchange("8=FIX.4.4|35=0|34=2147483647|49=TW|52=<TIME>|56=ISLD|");

        frames.Should().ContainSingle(f => FixPeer.Field(f, 35) == "5");
        h.Session.HasConnection.Should().BeFalse();
        h.Session.NextTargetMsgSeqNum.Should().Be(int.MaxValue, "the counter never wraps");
    }
}
