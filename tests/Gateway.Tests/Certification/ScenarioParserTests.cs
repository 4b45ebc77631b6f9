using FluentAssertions;
using Gateway.Api.Protocol;
using Gateway.Certification;
using NUnit.Framework;

namespace Gateway.Tests.Certification;

public sealed class ScenarioParserTests
{
    private const string Good = """
        # a comment
        set timeout 5s
        set account 7

        case FIX-ORD-01 A limit order fills   # trailing comment
          new o1 buy 50 AAPL limit 190.01 ioc
          expect o1 accepted
          expect o1 fill 50 at 190.01 within 2s
          expect log out D 55=AAPL 38=50
        end

        case FIX-REJ-01 "Refused" by risk
          new o1 sell-short 5000 AAPL market
          expect o1 rejected RiskCheck check StrategyMaxOrderQuantity text "risk check"
          replace o1 as o2 10 limit 1.5
          expect o2 replaced 10 at 1.5
          cancel o2
          expect o2 canceled Requested
          expect o2 cancel-rejected OrderNotOpen
          mass-cancel AAPL
        end

        case FIX-SES-01 Session
          session logout
          session set-next-sender 40
          venue mute
          venue reject-ratio 0.5
          expect session logged-out within 500ms
          expect session next-target >= 3
          expect venue down
        end

        case FIX-SES-02 Not against this peer
          skip the peer cannot be muted
        end
        """;

    [Test]
    public void A_good_file_gives_its_settings_cases_and_steps()
    {
        var set = ScenarioParser.Parse(Good, "good.cert");

        set.Name.Should().Be("good");
        set.Settings.Timeout.Should().Be(TimeSpan.FromSeconds(5));
        set.Settings.Account.Should().Be(7);
        set.Cases.Select(c => c.Id).Should().Equal("FIX-ORD-01", "FIX-REJ-01", "FIX-SES-01", "FIX-SES-02");
        set.Cases[0].Title.Should().Be("A limit order fills");
        set.Cases[1].Title.Should().Be("Refused by risk");
        set.Cases[0].Steps[0].Should().BeEquivalentTo(new NewOrderStep(6, "new o1 buy 50 AAPL limit 190.01 ioc", "o1", Side.Buy, 50, "AAPL",
            OrderType.Limit, 190.01m, TimeInForce.ImmediateOrCancel));
        set.Cases[0].Steps[2].Should().BeEquivalentTo(new { Label = "o1", Event = OrderEvent.Fill, Quantity = 50L, Price = 190.01m, Timeout = TimeSpan.FromSeconds(2) });
        set.Cases[0].Steps[3].As<ExpectLogStep>().Fields.Should().Equal(new KeyValuePair<int, string>(55, "AAPL"), new KeyValuePair<int, string>(38, "50"));
        set.Cases[1].Steps[0].Should().BeEquivalentTo(new { Side = Side.SellShort, OrderType = OrderType.Market, TimeInForce = TimeInForce.Day });
        set.Cases[1].Steps[1].Should().BeEquivalentTo(new { Event = OrderEvent.Rejected, Reason = "RiskCheck", Check = "StrategyMaxOrderQuantity", TextContains = "risk check" });
        set.Cases[1].Steps[2].Should().BeEquivalentTo(new { Label = "o1", NewLabel = "o2", Quantity = 10L, Price = 1.5m });
        set.Cases[1].Steps[7].Should().BeEquivalentTo(new { Symbol = "AAPL" });
        set.Cases[2].Steps.Select(s => s.GetType().Name).Should().Equal(
            "SessionStep", "SessionStep", "VenueStep", "VenueStep", "ExpectSessionStateStep", "ExpectSeqNumStep", "ExpectVenueStatusStep");
        set.Cases[2].Steps[3].Should().BeEquivalentTo(new { Fault = VenueFault.RejectRatio, Value = 500L });
        set.Cases[2].Steps[4].Should().BeEquivalentTo(new { LoggedOn = false, Timeout = TimeSpan.FromMilliseconds(500) });
        set.Cases[3].SkipReason.Should().Be("the peer cannot be muted");
    }

    [TestCase("new o1 buy 50 AAPL limit 190.01", 1, "expected 'set' or 'case' outside a case, found 'new'")]
    [TestCase("case fix-1 lower case\nend", 1, "case id 'fix-1' is not like FIX-ORD-01*")]
    [TestCase("case FIX-ORD-01\nend", 1, "expected a title after the case id")]
    [TestCase("case FIX-ORD-01 t\n  new o1 buy 50 AAPL limit 1\nend\ncase FIX-ORD-01 t\n", 4, "case id FIX-ORD-01 is used twice")]
    [TestCase("case FIX-ORD-01 t\n  new o1 buy 50 AAPL limit 1\n", 2, "case FIX-ORD-01 (line 1) has no 'end'")]
    [TestCase("case FIX-ORD-01 t\nend", 2, "case FIX-ORD-01 has no steps*")]
    [TestCase("case FIX-ORD-01 t\n  new o1 purchase 50 AAPL limit 1\nend", 2, "side 'purchase' is not buy, sell or sell-short")]
    [TestCase("case FIX-ORD-01 t\n  new o1 buy -5 AAPL limit 1\nend", 2, "expected a quantity (a whole number above 0), found '-5'")]
    [TestCase("case FIX-ORD-01 t\n  new o1 buy 5 AAPL limit abc\nend", 2, "expected a price*found 'abc'")]
    [TestCase("case FIX-ORD-01 t\n  new o1 buy 5 AAPL\nend", 2, "expected 'limit PRICE' or 'market' at the end of*")]
    [TestCase("case FIX-ORD-01 t\n  new o1 buy 5 AAPL market gtd\nend", 2, "time in force 'gtd' is not day, gtc, ioc or fok")]
    [TestCase("case FIX-ORD-01 t\n  new o1 buy 5 AAPL market\n  new o1 buy 5 AAPL market\nend", 3, "order label 'o1' is already used in case FIX-ORD-01")]
    [TestCase("case FIX-ORD-01 t\n  cancel o9\nend", 2, "order 'o9' is not defined in case FIX-ORD-01 before this line*")]
    [TestCase("case FIX-ORD-01 t\n  new o1 buy 5 AAPL market\n  expect o1 filled\nend", 3, "unknown order event 'filled'*")]
    [TestCase("case FIX-ORD-01 t\n  new o1 buy 5 AAPL market\n  expect o1 rejected NoSuchReason\nend", 3, "'NoSuchReason' is not a reject reason*")]
    [TestCase("case FIX-ORD-01 t\n  new o1 buy 5 AAPL market\n  expect o1 rejected RiskCheck check Nope\nend", 3, "'Nope' is not a risk check*")]
    [TestCase("case FIX-ORD-01 t\n  new o1 buy 5 AAPL market\n  expect o1 accepted within 5 minutes\nend", 3, "expected a duration such as 500ms or 10s, found '5'")]
    [TestCase("case FIX-ORD-01 t\n  new o1 buy 5 AAPL market\n  expect o1 accepted soon\nend", 3, "unexpected 'soon'*")]
    [TestCase("case FIX-ORD-01 t\n  session restart\nend", 2, "unknown session action 'restart'*")]
    [TestCase("case FIX-ORD-01 t\n  venue explode\nend", 2, "unknown venue fault 'explode'*")]
    [TestCase("case FIX-ORD-01 t\n  venue reject-ratio 2\nend", 2, "expected a ratio between 0 and 1, found '2'")]
    [TestCase("case FIX-ORD-01 t\n  expect log sideways 8\nend", 2, "expected 'log in' or 'log out', found 'sideways'")]
    [TestCase("case FIX-ORD-01 t\n  expect session next-sender > 3\nend", 2, "expected =, >= or <= after next-sender, found '>'")]
    [TestCase("case FIX-ORD-01 t\n  wait 5s\nend", 2, "unknown step 'wait'*")]
    [TestCase("case FIX-ORD-01 \"unclosed title\nend", 1, "a quoted text is not closed*")]
    [TestCase("set speed 5\n", 1, "unknown setting 'speed'*")]
    [TestCase("# nothing\n", 1, "the file has no cases")]
    public void A_bad_file_is_refused_naming_the_line_and_the_problem(string text, int line, string problem)
    {
        var parse = () => ScenarioParser.Parse(text, "bad.cert");

        var error = parse.Should().Throw<ScenarioFormatException>().Which;
        error.Line.Should().Be(line, error.Message);
        error.Problem.Should().Match(problem);
        error.Message.Should().StartWith($"bad.cert:{line}: ");
    }

    [TestCase("fix-simulator.cert")]
    [TestCase("quickfix-executor.cert")]
    [TestCase("quickfix-ordermatch.cert")]
    [TestCase("ouch-simulator.cert")]
    public void The_shipped_scenario_sets_parse_with_unique_case_ids(string file)
    {
        var set = ScenarioParser.Load(Path.Combine(SamplesFolder(), file));

        set.Cases.Should().NotBeEmpty();
        set.Cases.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        set.Cases.Where(c => c.SkipReason is null).Should().NotBeEmpty("a set that skips everything certifies nothing");
    }

    private static string SamplesFolder([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "Gateway", "Samples", "certification"));
}
