using Gateway.Acceptance.Tests.Scripts;
using Gateway.Acceptance.Tests.Wire;

namespace Gateway.Acceptance.Tests.Scripts;

public sealed class ScriptParserTests
{
    private static AcceptanceScript Parse(string text) => ScriptParser.Parse("x.def", WireText.FromPipes(text));

    [Test]
    public void Every_kind_of_line_becomes_its_step_with_its_line_number()
    {
        var script = Parse(
            "# comment\n\niCONNECT\nI8=FIX.4.2|35=A|\n  E8=FIX.4.2|35=A|  \r\nsleep(0.2)\ni2,CONNECT\nI2,8=FIX.4.2|\nE2,8=FIX.4.2|\n"
            + "e2,DISCONNECT\niDISCONNECT\neDISCONNECT\ni1,DISCONNECT\ne1,DISCONNECT");

        script.Steps.Should().Equal(
            new ConnectStep(3, "iCONNECT", 1),
            new SendStep(4, WireText.FromPipes("I8=FIX.4.2|35=A|"), 1, WireText.FromPipes("8=FIX.4.2|35=A|")),
            new ExpectStep(5, WireText.FromPipes("E8=FIX.4.2|35=A|"), 1, WireText.FromPipes("8=FIX.4.2|35=A|")),
            new SleepStep(6, "sleep(0.2)", TimeSpan.FromMilliseconds(200)),
            new ConnectStep(7, "i2,CONNECT", 2),
            new SendStep(8, WireText.FromPipes("I2,8=FIX.4.2|"), 2, WireText.FromPipes("8=FIX.4.2|")),
            new ExpectStep(9, WireText.FromPipes("E2,8=FIX.4.2|"), 2, WireText.FromPipes("8=FIX.4.2|")),
            new ExpectDisconnectStep(10, "e2,DISCONNECT", 2),
            new DisconnectStep(11, "iDISCONNECT", 1),
            new ExpectDisconnectStep(12, "eDISCONNECT", 1),
            new DisconnectStep(13, "i1,DISCONNECT", 1),
            new ExpectDisconnectStep(14, "e1,DISCONNECT", 1));
    }

    [Test]
    public void A_garbled_message_starting_with_a_tag_is_on_connection_one()
    {
        var step = Parse("I35=0|8=FIX.4.2|9=29|").Steps.Single();

        step.Should().Be(new SendStep(1, WireText.FromPipes("I35=0|8=FIX.4.2|9=29|"), 1, WireText.FromPipes("35=0|8=FIX.4.2|9=29|")));
    }

    [Test]
    public void Utf8_text_stays_as_its_bytes()
    {
        var step = (SendStep)Parse("I8=FIX.4.4|359=olé!|").Steps.Single();

        step.Message.Length.Should().Be("8=FIX.4.4|359=olé!|".Length + 1, "é is two bytes");
        WireText.Display(step.Message).Should().Be("8=FIX.4.4|359=olé!|");
    }

    [Test]
    public void Only_ascii_white_space_is_trimmed()
    {
        // "à" is C3 A0 in UTF-8, and A0 read as Latin-1 is a no-break space that string.Trim() would remove.
        var step = (SendStep)Parse("I8=FIX.4.4|58=à").Steps.Single();

        WireText.Display(step.Message).Should().Be("8=FIX.4.4|58=à");
    }

    [TestCase("X8=FIX.4.2|")]
    [TestCase("eCONNECT")]
    [TestCase("iCONNECTED")]
    [TestCase("sleep(a)")]
    [TestCase("I")]
    public void An_unknown_line_fails_naming_the_file_and_line(string line)
    {
        var parse = () => Parse("# first\n\niCONNECT\n" + line);

        parse.Should().Throw<ScriptFormatException>().WithMessage($"x.def:4: *\"{line}\"");
    }

    [Test]
    public void Every_shipped_script_parses()
    {
        var paths = SharedScripts.AllPaths().ToList();

        paths.Should().HaveCountGreaterThanOrEqualTo(126);
        foreach (var path in paths)
        {
            var script = ScriptParser.Load(path);
            script.Steps.Should().NotBeEmpty(path);
            script.Steps.OfType<ConnectStep>().Should().NotBeEmpty(path);
        }
    }
}
