using Gateway.Acceptance.Tests.Wire;

namespace Gateway.Acceptance.Tests.Wire;

public sealed class ReceivedFramesTests
{
    private const string Heartbeat = "8=FIX.4.2|9=5|35=0|10=163|";

    private static ReceivedFrames With(string pipes)
    {
        var frames = new ReceivedFrames();
        frames.Append(WireText.ToBytes(WireText.FromPipes(pipes)));
        return frames;
    }

    private static string? Take(ReceivedFrames frames) =>
        frames.TryTake(out var message) ? WireText.Display(message) : null;

    [Test]
    public void Bytes_before_begin_string_are_dropped()
    {
        var frames = With("garbage|" + Heartbeat);

        Take(frames).Should().Be(Heartbeat);
        Take(frames).Should().BeNull();
    }

    [Test]
    public void Two_messages_in_one_read_come_out_one_at_a_time()
    {
        var frames = With(Heartbeat + Heartbeat.Replace("35=0", "35=1", StringComparison.Ordinal));

        Take(frames).Should().Be(Heartbeat);
        Take(frames).Should().Be("8=FIX.4.2|9=5|35=1|10=163|");
    }

    [Test]
    public void A_message_arriving_byte_by_byte_is_complete_only_after_its_last_soh()
    {
        var frames = new ReceivedFrames();
        var bytes = WireText.ToBytes(WireText.FromPipes(Heartbeat));
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            frames.Append(bytes.AsSpan(i, 1));
            Take(frames).Should().BeNull($"only {i + 1} of {bytes.Length} bytes arrived");
        }

        frames.Append(bytes.AsSpan(bytes.Length - 1));
        Take(frames).Should().Be(Heartbeat);
    }

    [Test]
    public void A_checksum_tag_inside_the_body_does_not_end_the_frame()
    {
        // The body "35=0|58=|10=1|" holds a "|10=" at byte 8; with 9=13 the search for SOH10= starts at byte 12.
        const string message = "8=FIX.4.2|9=13|35=0|58=|10=1|10=200|";

        Take(With(message)).Should().Be(message);
    }

    [Test]
    public void A_body_length_too_short_still_ends_the_frame_at_the_next_checksum()
    {
        Take(With("8=FIX.4.2|9=2|35=0|34=2|10=100|")).Should().Be("8=FIX.4.2|9=2|35=0|34=2|10=100|");
    }

    [Test]
    public void A_body_length_that_is_not_a_number_cannot_be_framed()
    {
        var frames = With("8=FIX.4.2|9=x|35=0|10=100|");

        frames.Invoking(f => f.TryTake(out _)).Should().Throw<FormatException>().WithMessage("*'9=x'*");
    }
}
