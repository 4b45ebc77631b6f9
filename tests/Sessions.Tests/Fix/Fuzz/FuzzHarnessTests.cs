using FluentAssertions;
using Gateway.Sessions.Tests.Fix.Session;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>The fuzzer's own parts: the framing model, the encoder, a short fixed-seed run, and that it does fail.</summary>
public sealed class FuzzHarnessTests
{
    private const string Heartbeat = "8=FIX.4.4|9=50|35=0|34=2|49=TW|52=20240305-10:00:00.000|56=ISLD|10=123|";

    [Test]
    public void The_encoder_computes_BodyLength_and_CheckSum_as_the_acceptance_runner_does()
    {
        var m = new FuzzModel { NowNanos = SessionHarness.Start };
        var frame = BaseMessages.Create("D", m, new Random(1), 7).Frame;
        var text = WireFrame.Show(frame.Encode());
        var undecorated = string.Join("|", text.Split('|').Where(f => !f.StartsWith("9=", StringComparison.Ordinal) && !f.StartsWith("10=", StringComparison.Ordinal)));

        text.Should().Be(FixPeer.Decorate(undecorated));
    }

    [Test]
    public void The_framer_takes_a_good_frame_and_drops_garbage_before_it()
    {
        var framer = new ReferenceFramer();
        var good = Good();

        var events = framer.Append("junk|" + good);

        events.Should().Equal(new FramerEvent(false, "junk|"), new FramerEvent(true, good));
        framer.Pending.Should().Be(0);
    }

    [Test]
    public void The_framer_drops_a_frame_with_a_wrong_checksum_and_keeps_the_next()
    {
        var framer = new ReferenceFramer();
        var bad = Good().Replace("10=", "10=9", StringComparison.Ordinal);

        var events = framer.Append(bad + Good());

        events.Select(e => e.IsFrame).Should().Equal(false, true);
    }

    [Test]
    public void A_BodyLength_that_is_too_long_makes_the_framer_swallow_the_next_frame()
    {
        var framer = new ReferenceFramer();
        var tooLong = Good().Replace("9=49", "9=69", StringComparison.Ordinal);

        framer.Append(tooLong).Should().BeEmpty("it waits for the rest of the body");
        var events = framer.Append(Good());

        events.Should().ContainSingle().Which.IsFrame.Should().BeFalse();
    }

    [Test]
    public void The_framer_waits_for_a_truncated_frame_and_keeps_a_trailing_8()
    {
        var framer = new ReferenceFramer();

        framer.Append(Good()[..30]).Should().BeEmpty();
        framer.Pending.Should().Be(30);
        framer.Clear();
        framer.Append("xx8").Should().Equal(new FramerEvent(false, "xx"));
        framer.Pending.Should().Be(1);
    }

    [Test]
    public void A_short_fixed_seed_run_passes()
    {
        using var target = new InMemoryTarget();
        var driver = new FuzzDriver(target, seed: 20240305);

        driver.Run(3_000, CancellationToken.None);

        driver.Stats.Frames.Should().Be(3_000);
        driver.Stats.Outcomes.Keys.Should().Contain(["application accepted", "reject 373=0", "too high: queued, ResendRequest", "ignored: dropped by framing"]);
    }

    [Test]
    public void The_run_fails_when_the_session_leaves_out_an_answer()
    {
        using var target = new RejectSwallowingTarget(new InMemoryTarget());
        var driver = new FuzzDriver(target, seed: 20240305);

        var run = () => driver.Run(3_000, CancellationToken.None);

        run.Should().Throw<FuzzFailure>().WithMessage("*FIX_FUZZ_SEED=20240305*missing RejectReply*");
    }

    private static string Good() => WireFrame.Show(FixPeer.Decorate(Heartbeat[..Heartbeat.IndexOf("10=", StringComparison.Ordinal)].Replace("9=50|", "", StringComparison.Ordinal)))
        .Replace('|', WireFrame.Soh);

    /// <summary>A broken session: its Rejects never reach the counterparty.</summary>
    private sealed class RejectSwallowingTarget(InMemoryTarget inner) : IFuzzTarget
    {
        public long NowNanos => inner.NowNanos;

        public bool SessionConnected => inner.SessionConnected;

        public int NextTargetMsgSeqNum => inner.NextTargetMsgSeqNum;

        public int NextSenderMsgSeqNum => inner.NextSenderMsgSeqNum;

        public IReadOnlyList<string> App => inner.App;

        public IReadOnlyList<string> Admin => inner.Admin;

        public void AdvanceClock(TimeSpan span) => inner.AdvanceClock(span);

        public void Write(byte[] bytes) => inner.Write(bytes);

        public void Run() => inner.Run();

        public string TakeReceived()
        {
            var framer = new ReferenceFramer();
            return string.Concat(framer.Append(inner.TakeReceived()).Where(e => !e.Bytes.Contains("\u000135=3\u0001", StringComparison.Ordinal)).Select(e => e.Bytes));
        }

        public void ClosePeer() => inner.ClosePeer();

        public void Reconnect() => inner.Reconnect();

        public void Dispose() => inner.Dispose();
    }
}
