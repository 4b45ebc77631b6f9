using System.Net;
using Gateway.Acceptance.Tests.Fakes;
using Gateway.Acceptance.Tests.Running;
using Gateway.Acceptance.Tests.Scripts;
using Gateway.Acceptance.Tests.Wire;

namespace Gateway.Acceptance.Tests.Running;

/// <summary>The runner against a fake acceptor that replays the script's E lines, faithfully or wrongly.</summary>
public sealed class ScriptRunnerSelfTests
{
    private static readonly ScriptRunnerOptions Quick = new() { LineTimeout = TimeSpan.FromSeconds(5) };

    private static async Task RunAgainstReplay(AcceptanceScript script, ReplayFault? fault, ScriptRunnerOptions options, CancellationToken token)
    {
        var fake = new ScriptReplayAcceptor(script, fault);
        await using (fake.ConfigureAwait(false))
        {
            var runner = new ScriptRunner(new IPEndPoint(IPAddress.Loopback, fake.Port), options with { Diagnostics = fake.Diagnostics });
            await runner.RunAsync(script, token).ConfigureAwait(false);
        }
    }

    [TestCase("fix42", "2d_GarbledMessage", Description = "garbled messages, E lines with and without 9=")]
    [TestCase("fix44", "1b_DuplicateIdentity", Description = "two connections")]
    [TestCase("fix44", "InternationalCharacters", Description = "UTF-8 counted in bytes, 10=69 in the script")]
    [TestCase("fix44", "issue309_GapFillSkip", Description = "sleep, TIME-1, E lines without 9=")]
    [CancelAfter(20_000)]
    public async Task A_script_passes_against_a_faithful_replay(string suite, string name, CancellationToken token)
    {
        var script = SharedScripts.Load(suite, name);

        await RunAgainstReplay(script, null, Quick, token);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Every_shipped_script_passes_against_its_own_replay(CancellationToken token)
    {
        // Also checks the scripts: each explicit 9= must equal the byte count of what its E line expects.
        var runs = SharedScripts.AllPaths().Select(async path =>
        {
            try
            {
                await RunAgainstReplay(ScriptParser.Load(path), null, Quick, token);
                return null;
            }
            catch (ScriptFailedException e)
            {
                return e.Message;
            }
        });

        var failures = (await Task.WhenAll(runs)).Where(f => f is not null);

        failures.Should().BeEmpty();
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_wrong_value_fails_with_the_line_both_messages_and_the_first_difference(CancellationToken token)
    {
        var script = SharedScripts.Load("fix42", "2d_GarbledMessage");
        var resendRequest = (ExpectStep)script.Steps.OfType<ExpectStep>().ElementAt(1);

        var run = () => RunAgainstReplay(script, new ChangeValue(ExpectIndex: 1, Tag: 7, Value: "4"), Quick, token);

        var failure = (await run.Should().ThrowAsync<ScriptFailedException>()).Which.Message;
        var lines = failure.Split('\n');
        lines[0].Should().Be($"{script.Path}:{resendRequest.Line}: the received message differs from the expected one");
        lines[1].Should().Be("  script line:     E8=FIX.4.2|9=58|35=2|34=2|49=ISLD|52=00000000-00:00:00.000|56=TW|7=3|16=0|10=0|");
        lines[2].Should().Be("  expected:        8=FIX.4.2|9=58|35=2|34=2|49=ISLD|52=00000000-00:00:00.000|56=TW|7=3|16=0|10=0|");
        lines[3].Should().MatchRegex(@"^  received:        8=FIX\.4\.2\|9=58\|35=2\|34=2\|49=ISLD\|52=00000000-00:00:00\.000\|56=TW\|7=4\|16=0\|10=\d{3}\|$");
        lines[4].Should().Be("  difference:      field #8: expected '7=3', received '7=4' (value differs)");
        lines[5].Should().Be("connection 1, messages before this line (oldest first):");
        failure.Should().Contain("line    5 received 8=FIX.4.2|9=61|35=A|")
            .And.Contain("line   15 sent     8=FIX.4.2|9=45|35=0|34=4|49=TW|52=")
            .And.Contain("acceptor diagnostics:");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_body_length_off_by_a_millisecond_field_fails_at_field_two(CancellationToken token)
    {
        var script = SharedScripts.Load("fix42", "2d_GarbledMessage");

        var run = () => RunAgainstReplay(script, new ChangeValue(0, 52, "20240305-14:07:09"), Quick, token);

        (await run.Should().ThrowAsync<ScriptFailedException>()).Which.Message.Should()
            .Contain("difference:      field #2: expected '9=61', received '9=57' (only BodyLength differs");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_message_that_never_comes_fails_after_the_line_timeout_naming_the_line(CancellationToken token)
    {
        var script = SharedScripts.Load("fix44", "InternationalCharacters");
        var echo = script.Steps.OfType<ExpectStep>().ElementAt(1);
        var options = Quick with { LineTimeout = TimeSpan.FromMilliseconds(300) };

        var run = () => RunAgainstReplay(script, new WithholdMessage(1), options, token);

        var failure = (await run.Should().ThrowAsync<ScriptFailedException>()).Which.Message;
        failure.Should().StartWith($"{script.Path}:{echo.Line}: timed out after 0.3 s waiting for a message on connection 1")
            .And.Contain("  expected:        8=FIX.4.4|9=").And.Contain("359=olé!|10=69|")
            .And.Contain("  received so far: (nothing)")
            .And.Contain("withholding this message (fault)");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task An_acceptor_that_stays_connected_fails_the_expected_disconnect(CancellationToken token)
    {
        var script = SharedScripts.Load("fix44", "1b_DuplicateIdentity");
        var disconnect = script.Steps.OfType<ExpectDisconnectStep>().First();
        var options = Quick with { LineTimeout = TimeSpan.FromMilliseconds(300) };

        var run = () => RunAgainstReplay(script, new StayConnected(), options, token);

        (await run.Should().ThrowAsync<ScriptFailedException>()).Which.Message.Should()
            .StartWith($"{script.Path}:{disconnect.Line}: timed out after 0.3 s waiting for the acceptor to close connection 2");
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task An_inline_script_runs_without_shared_data(CancellationToken token)
    {
        var script = ScriptParser.Parse("inline.def", WireText.FromPipes(
            "iCONNECT\nI8=FIX.4.2|35=A|34=1|49=TW|52=<TIME>|56=ISLD|98=0|108=30|\n"
            + "E8=FIX.4.2|35=A|34=1|49=ISLD|52=00000000-00:00:00.000|56=TW|98=0|108=30|10=0|\neDISCONNECT"));

        await RunAgainstReplay(script, null, Quick, token);

        var wrong = () => RunAgainstReplay(script, new ChangeValue(0, 108, "31"), Quick, token);
        (await wrong.Should().ThrowAsync<ScriptFailedException>()).Which.Message.Should()
            .StartWith("inline.def:3: the received message differs").And.Contain("expected '108=30', received '108=31'");
    }
}
