using System.Text;
using FluentAssertions;
using Gateway.System.Tests.Infrastructure;
using NUnit.Framework;

namespace Gateway.System.Tests.Interop;

/// <summary>The interop tests' own readers (peer log, captured streams) find what they should and refuse what they should.</summary>
public class InteropHelperTests
{
    [Test]
    public void A_stream_of_good_frames_splits_by_BodyLength()
    {
        byte[] first = RawFix.Frame("FIX.4.4", "35=A|34=1|49=CLIENT|56=EXEC|98=0|108=30|");
        byte[] second = RawFix.Frame("FIX.4.4", "35=D|34=2|49=CLIENT|56=EXEC|11=X|");

        CapturedFixStreams.Split([.. first, .. second]).Select(f => RawFix.Field(f, 35)).Should().Equal("A", "D");
    }

    [Test]
    public void A_wrong_BodyLength_or_CheckSum_is_refused()
    {
        byte[] frame = RawFix.Frame("FIX.4.4", "35=0|34=2|49=CLIENT|56=EXEC|");
        byte[] longer = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(frame).Replace("9=", "9=1", StringComparison.Ordinal));
        byte[] badSum = (byte[])frame.Clone();
        badSum[^2] = (byte)(badSum[^2] == '9' ? '0' : badSum[^2] + 1);

        FluentActions.Invoking(() => CapturedFixStreams.Split(longer)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => CapturedFixStreams.Split(badSum)).Should().Throw<FormatException>().WithMessage("CheckSum*");
    }

    [Test]
    public void The_peer_log_yields_its_messages_with_their_direction()
    {
        const string Log =
            "<20261121-21:34:10.348378000, FIX.4.4:EXEC->CLIENT, event>\n  (Created session)\n" +
            "<20261121-21:34:10.433381000, FIX.4.4:EXEC->CLIENT, incoming>\n  (8=FIX.4.4\u00019=5\u000135=A\u000110=101\u0001)\n" +
            "<20261121-21:34:10.433484000, FIX.4.4:EXEC->CLIENT, outgoing>\n  (8=FIX.4.4\u00019=5\u000135=A\u000134=1\u000110=102\u0001)\n" +
            "<20261121-21:34:10.740390000, FIX.4.4:EXEC->CLIENT, incoming>\n  (8=FIX.4.4\u00019=5\u000135=5\u000143=Y\u000110=001\u0001)\n";

        IReadOnlyList<PeerLogMessage> messages = PeerLog.Messages(Log);

        messages.Select(m => (m.Incoming, m.MsgType)).Should().Equal((true, "A"), (false, "A"), (true, "5"));
        messages[1].SeqNum.Should().Be(1);
        messages[2].IsPossDup().Should().BeTrue();
        PeerLog.Incoming(Log).Should().HaveCount(2);
    }
}
