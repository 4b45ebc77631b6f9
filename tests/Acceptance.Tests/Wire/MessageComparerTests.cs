using Gateway.Acceptance.Tests.Wire;

namespace Gateway.Acceptance.Tests.Wire;

public sealed class MessageComparerTests
{
    private const string Expected = "8=FIX.4.2|9=49|35=0|34=2|49=ISLD|52=00000000-00:00:00.000|56=TW|10=0|";

    private static MessageDifference? Compare(string expected, string received) =>
        MessageComparer.FirstDifference(WireText.FromPipes(expected), WireText.FromPipes(received));

    [Test]
    public void Equal_messages_have_no_difference()
    {
        Compare(Expected, "8=FIX.4.2|9=49|35=0|34=2|49=ISLD|52=20240305-14:07:09.123|56=TW|10=087|").Should().BeNull();
    }

    [TestCase("52=20240305-14:07:09")]
    [TestCase("52=20240305-14:07:09.123")]
    [TestCase("52=20240305-14:07:09.123456", Description = "unanchored: microseconds contain the pattern")]
    public void Sending_time_only_has_to_contain_a_timestamp(string sendingTime)
    {
        Compare(Expected, $"8=FIX.4.2|9=49|35=0|34=2|49=ISLD|{sendingTime}|56=TW|10=087|").Should().BeNull();
    }

    [Test]
    public void Sending_time_that_is_not_a_timestamp_differs()
    {
        var difference = Compare(Expected, "8=FIX.4.2|9=49|35=0|34=2|49=ISLD|52=yesterday|56=TW|10=087|");

        difference.Should().NotBeNull();
        difference!.Position.Should().Be(5);
        difference.ToString().Should().Be(
            @"field #6: expected '52=00000000-00:00:00.000', received '52=yesterday' (value does not match /\d{8}-\d{2}:\d{2}:\d{2}|\d{8}-\d{2}:\d{2}:\d{2}[.]\d{3}/)");
    }

    [TestCase("42")]
    [TestCase("60")]
    [TestCase("122")]
    public void Other_timestamps_only_have_to_contain_one_to_the_second(string tag)
    {
        Compare($"8=FIX.4.2|9=5|35=D|{tag}=00000000-00:00:00|10=0|", $"8=FIX.4.2|9=5|35=D|{tag}=20240305-14:07:09.001|10=001|")
            .Should().BeNull();
        Compare($"8=FIX.4.2|9=5|35=D|{tag}=00000000-00:00:00|10=0|", $"8=FIX.4.2|9=5|35=D|{tag}=20240305|10=001|")
            .Should().NotBeNull();
    }

    [Test]
    public void Checksum_only_has_to_have_three_digits()
    {
        Compare(Expected, "8=FIX.4.2|9=49|35=0|34=2|49=ISLD|52=20240305-14:07:09.123|56=TW|10=87|")!
            .ToString().Should().Be(@"field #8: expected '10=0', received '10=87' (value does not match /\d{3}/)");
    }

    [Test]
    public void Body_length_is_compared_exactly()
    {
        var difference = Compare(Expected, "8=FIX.4.2|9=45|35=0|34=2|49=ISLD|52=20240305-14:07:09|56=TW|10=087|");

        difference!.Position.Should().Be(1);
        difference.ToString().Should().StartWith("field #2: expected '9=49', received '9=45' (only BodyLength differs: ");
    }

    [Test]
    public void A_body_length_difference_is_reported_with_the_difference_that_causes_it()
    {
        var difference = Compare(Expected, "8=FIX.4.2|9=48|35=1|34=2|49=ISLD|52=20240305-14:07:09.123|56=TW|10=087|");

        difference!.ToString().Should().Be(
            "field #3: expected '35=0', received '35=1' (value differs); BodyLength differs too: expected '9=49', received '9=48'");
    }

    [Test]
    public void Other_values_are_compared_exactly()
    {
        Compare(Expected, "8=FIX.4.2|9=49|35=0|34=3|49=ISLD|52=20240305-14:07:09.123|56=TW|10=087|")!
            .ToString().Should().Be("field #4: expected '34=2', received '34=3' (value differs)");
    }

    [Test]
    public void Fields_in_another_order_differ_at_the_first_tag_out_of_place()
    {
        Compare(Expected, "8=FIX.4.2|9=49|35=0|49=ISLD|34=2|52=20240305-14:07:09.123|56=TW|10=087|")!
            .ToString().Should().Be("field #4: expected '34=2', received '49=ISLD' (tag 34 expected, tag 49 received)");
    }

    [Test]
    public void A_received_message_with_a_missing_field_differs()
    {
        var difference = Compare("8=FIX.4.2|9=5|35=0|112=1|10=0|", "8=FIX.4.2|9=5|35=0|10=123|");

        difference!.ToString().Should().Be("field #4: expected '112=1', received '10=123' (tag 112 expected, tag 10 received)");
    }

    [Test]
    public void A_received_message_with_fewer_fields_differs_where_it_ends()
    {
        Compare("8=FIX.4.2|9=5|35=0|10=0|", "8=FIX.4.2|9=5|35=0|")!
            .ToString().Should().Be("field #4: expected '10=0', received nothing (received message ends here (fewer fields than expected))");
    }

    [Test]
    public void A_received_message_with_more_fields_differs_where_the_expected_one_ends()
    {
        Compare("8=FIX.4.2|9=5|35=0|10=0|", "8=FIX.4.2|9=5|35=0|10=123|58=x|")!
            .ToString().Should().Be("field #5: expected nothing, received '58=x' (received message has more fields than expected)");
    }

    [Test]
    public void Utf8_values_compare_byte_for_byte_and_display_as_text()
    {
        Compare("8=FIX.4.4|9=5|359=olé!|10=0|", "8=FIX.4.4|9=5|359=olé!|10=069|").Should().BeNull();
        Compare("8=FIX.4.4|9=5|359=olé!|10=0|", "8=FIX.4.4|9=5|359=ole!|10=069|")!
            .ToString().Should().Be("field #3: expected '359=olé!', received '359=ole!' (value differs)");
    }
}
