using Gateway.Acceptance.Tests.Wire;

namespace Gateway.Acceptance.Tests.Wire;

public sealed class MessageDecoratorTests
{
    private static readonly DateTime Now = new(2024, 3, 5, 14, 7, 9, 456, DateTimeKind.Utc);

    private static string Decorate(string pipes) => WireText.Display(MessageDecorator.Decorate(WireText.FromPipes(pipes), Now));

    [Test]
    public void Time_becomes_utc_now_to_the_second()
    {
        Decorate("8=FIX.4.2|9=5|35=0|52=<TIME>|10=000|")
            .Should().Be("8=FIX.4.2|9=5|35=0|52=20240305-14:07:09|10=000|");
    }

    [TestCase("<TIME+10>", "20240315-14:07:09")]
    [TestCase("<TIME+121>", "20240704-14:07:09")]
    [TestCase("<TIME-121>", "20231105-14:07:09")]
    [TestCase("<TIME-1>", "20240304-14:07:09")]
    public void Time_with_an_offset_moves_by_whole_days(string placeholder, string expected)
    {
        Decorate($"8=FIX.4.2|9=5|35=0|122={placeholder}|10=000|")
            .Should().Be($"8=FIX.4.2|9=5|35=0|122={expected}|10=000|");
    }

    [Test]
    public void Without_body_length_and_checksum_both_are_added()
    {
        // Body "35=0|34=2|49=TW|52=20240305-14:07:09|56=ISLD|" is 45 bytes; the byte sum of all before 10= is 226 mod 256.
        Decorate("8=FIX.4.2|35=0|34=2|49=TW|52=<TIME>|56=ISLD|")
            .Should().Be("8=FIX.4.2|9=45|35=0|34=2|49=TW|52=20240305-14:07:09|56=ISLD|10=226|");
    }

    [Test]
    public void With_body_length_only_the_checksum_is_appended_and_a_wrong_length_kept()
    {
        Decorate("8=FIX.4.2|9=99|35=0|34=2|").Should().Be("8=FIX.4.2|9=99|35=0|34=2|10=181|");
    }

    [Test]
    public void With_checksum_only_the_body_length_counts_up_to_the_soh_before_it_and_the_checksum_is_kept()
    {
        // Same message as the 2d_GarbledMessage logon reply, whose script line says 9=61.
        Decorate("8=FIX.4.2|35=A|34=1|49=ISLD|52=00000000-00:00:00.000|56=TW|98=0|108=30|10=0|")
            .Should().Be("8=FIX.4.2|9=61|35=A|34=1|49=ISLD|52=00000000-00:00:00.000|56=TW|98=0|108=30|10=0|");
    }

    [Test]
    public void With_both_the_message_is_used_verbatim_even_when_wrong()
    {
        Decorate("8=FIX.4.2|9=29|34=2|49=TW|52=<TIME>|56=ISLD|10=121|")
            .Should().Be("8=FIX.4.2|9=29|34=2|49=TW|52=20240305-14:07:09|56=ISLD|10=121|");
    }

    [Test]
    public void A_message_not_starting_with_begin_string_is_sent_as_written()
    {
        Decorate("35=0|8=FIX.4.2|34=2|52=<TIME>|").Should().Be("35=0|8=FIX.4.2|34=2|52=20240305-14:07:09|");
    }

    [Test]
    public void A_body_length_tag_inside_a_tag_number_is_not_taken_for_one()
    {
        // 95= and 39= contain "9=" but are not SOH9=.
        Decorate("8=FIX.4.2|35=8|39=0|95=1|").Should().StartWith("8=FIX.4.2|9=15|35=8|39=0|95=1|10=");
    }

    [Test]
    public void Utf8_text_is_counted_in_bytes()
    {
        // "olé!" is 5 bytes in UTF-8: the body "35=B|359=olé!|" is 15 bytes.
        var wire = MessageDecorator.Decorate(WireText.FromPipes("8=FIX.4.4|35=B|359=olé!|"), Now);

        WireText.Display(wire).Should().Be("8=FIX.4.4|9=15|35=B|359=olé!|10=045|");
        WireText.ToBytes(wire).Should().HaveCount(wire.Length, "each char of a wire string is one byte");
    }

    [Test]
    public void Body_length_and_checksum_inside_a_payload_do_not_count()
    {
        // As in ReceiveXmlMessage: the XML holds a FIX message with its own 9= and 10=.
        Decorate("8=FIX.4.4|35=n|213=<x>8=FIX.4.3|9=377|35=8|10=123|</x>|")
            .Should().Be("8=FIX.4.4|9=45|35=n|213=<x>8=FIX.4.3|9=377|35=8|10=123|</x>|10=071|");
    }
}
