using FluentAssertions;
using Gateway.Venues.Fix;
using Gateway.Venues.Orders;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Fix;

/// <summary>Hand-written ExecutionReports of each version → VenueReports: every ExecType, every field.</summary>
public sealed class FixExecutionReportTests
{
    private const string TransactTime = "60=20240305-10:00:01.500|";
    private static readonly long TransactNanos = VenueHarness.Start + 1_500_000_000;

    private static readonly string[] Versions = ["FIX.4.2", "FIX.4.4", "FIXT.1.1"];

    private static IEnumerable<TestCaseData> ExecTypes()
    {
        // FIX 4.2's list (with ExecTransType 20=0).
        foreach (var (execType, kind) in new[]
                 {
                     ("0", VenueReportKind.Accepted), ("1", VenueReportKind.Fill), ("2", VenueReportKind.Fill),
                     ("4", VenueReportKind.Canceled), ("5", VenueReportKind.Replaced), ("8", VenueReportKind.Rejected),
                     ("C", VenueReportKind.Expired), ("3", VenueReportKind.Expired), ("6", VenueReportKind.Status),
                     ("A", VenueReportKind.Status), ("E", VenueReportKind.Status), ("D", VenueReportKind.Status),
                     ("7", VenueReportKind.Status), ("9", VenueReportKind.Status), ("B", VenueReportKind.Status),
                     ("Z", VenueReportKind.Unrecognised),
                 })
        {
            yield return new TestCaseData("FIX.4.2", execType, kind).SetName($"FIX.4.2 150={execType} is {kind}");
        }

        // FIX 4.4 and 5.0SP2's list.
        foreach (var version in new[] { "FIX.4.4", "FIXT.1.1" })
        {
            foreach (var (execType, kind) in new[]
                     {
                         ("0", VenueReportKind.Accepted), ("F", VenueReportKind.Fill), ("4", VenueReportKind.Canceled),
                         ("5", VenueReportKind.Replaced), ("8", VenueReportKind.Rejected), ("C", VenueReportKind.Expired),
                         ("3", VenueReportKind.Expired), ("6", VenueReportKind.Status), ("A", VenueReportKind.Status),
                         ("E", VenueReportKind.Status), ("I", VenueReportKind.Status), ("D", VenueReportKind.Status),
                         ("G", VenueReportKind.Unrecognised), ("H", VenueReportKind.Unrecognised),
                         ("Z", VenueReportKind.Unrecognised),
                     })
            {
                yield return new TestCaseData(version, execType, kind).SetName($"{version} 150={execType} is {kind}");
            }
        }
    }

    [TestCaseSource(nameof(ExecTypes))]
    public void ExecType_decides_the_kind(string beginString, string execType, VenueReportKind kind)
    {
        using var venue = new VenueHarness(beginString);
        var transType = beginString == "FIX.4.2" ? "20=0|" : "";
        var seqNum = venue.PeerSeqNum;
        venue.SendFromVenue("8", $"37=V-9|17=E1|{transType}150={execType}|39=0|11=1001|55=VOD.L|54=1|38=100|44=123.45|" +
                                 $"32=0|31=0|14=0|151=100|6=0|{TransactTime}");

        var report = venue.Sink.Last;
        report.Kind.Should().Be(kind);
        report.VenueSequence.Should().Be(seqNum);
        report.VenueId.Should().Be(VenueHarness.VenueId);
        report.ClOrdId.Should().Be(1001);
        if (kind == VenueReportKind.Unrecognised)
        {
            report.Text.ToString().Should().Be("ExecType 150=" + execType);
        }
        else
        {
            report.VenueOrderId.ToString().Should().Be("V-9");
            report.ExecId.ToString().Should().Be("E1");
            report.VenueTimeNanos.Should().Be(TransactNanos);
            report.OrderQuantity.Should().Be(100);
            report.Price.Should().Be(12_345_000_000);
            report.LeavesQuantity.Should().Be(100);
        }
    }

    [TestCase("FIX.4.2", "1", "2")]
    [TestCase("FIX.4.4", "F", "F")]
    [TestCase("FIXT.1.1", "F", "F")]
    public void Partial_then_full_fill(string beginString, string partial, string full)
    {
        using var venue = new VenueHarness(beginString);
        var transType = beginString == "FIX.4.2" ? "20=0|" : "";
        venue.SendFromVenue("8", $"37=V-9|17=E2|{transType}150={partial}|39=1|11=1001|55=VOD.L|54=1|38=100|44=123.45|" +
                                 $"32=40|31=123.4|14=40|151=60|6=123.4|{TransactTime}");
        venue.SendFromVenue("8", $"37=V-9|17=E3|{transType}150={full}|39=2|11=1001|55=VOD.L|54=1|38=100|44=123.45|" +
                                 $"32=60|31=123.45000|14=100|151=0|6=123.43|{TransactTime}");

        var first = venue.Sink[venue.Sink.Count - 2];
        first.Kind.Should().Be(VenueReportKind.Fill);
        first.LastQuantity.Should().Be(40);
        first.LastPrice.Should().Be(12_340_000_000);
        first.CumQuantity.Should().Be(40);
        first.LeavesQuantity.Should().Be(60);
        first.ExecId.ToString().Should().Be("E2");

        var last = venue.Sink.Last;
        last.Kind.Should().Be(VenueReportKind.Fill);
        last.LastQuantity.Should().Be(60);
        last.LastPrice.Should().Be(12_345_000_000);
        last.CumQuantity.Should().Be(100);
        last.LeavesQuantity.Should().Be(0);
    }

    [TestCaseSource(nameof(Versions))]
    public void Replaced_carries_both_ids_and_the_order_now(string beginString)
    {
        using var venue = new VenueHarness(beginString);
        var transType = beginString == "FIX.4.2" ? "20=0|" : "";
        venue.SendFromVenue("8", $"37=V-9|17=E4|{transType}150=5|39=0|11=1003|41=1001|55=VOD.L|54=2|38=250|44=0.995|" +
                                 $"14=0|151=250|6=0|{TransactTime}");

        var report = venue.Sink.Last;
        report.Kind.Should().Be(VenueReportKind.Replaced);
        report.ClOrdId.Should().Be(1003);
        report.OrigClOrdId.Should().Be(1001);
        report.OrderQuantity.Should().Be(250);
        report.Price.Should().Be(99_500_000);
    }

    [TestCaseSource(nameof(Versions))]
    public void Rejected_carries_the_reason(string beginString)
    {
        using var venue = new VenueHarness(beginString);
        var transType = beginString == "FIX.4.2" ? "20=0|" : "";
        venue.SendFromVenue("8", $"37=NONE|17=E5|{transType}150=8|39=8|11=1001|55=VOD.L|54=1|38=100|14=0|151=0|6=0|" +
                                 "103=3|58=Order exceeds limit|");

        var report = venue.Sink.Last;
        report.Kind.Should().Be(VenueReportKind.Rejected);
        report.ReasonCode.Should().Be(3);
        report.Text.ToString().Should().Be("Order exceeds limit");
        report.VenueTimeNanos.Should().Be(0, "no TransactTime");
    }

    [TestCase("1")]
    [TestCase("2")]
    public void Fix42_cancel_or_correct_of_an_earlier_report_is_Unrecognised(string execTransType)
    {
        using var venue = new VenueHarness("FIX.4.2");
        venue.SendFromVenue("8", $"37=V-9|17=E6|19=E2|20={execTransType}|150=2|39=2|11=1001|55=VOD.L|54=1|38=100|" +
                                 "32=100|31=1|14=100|151=0|6=1|");

        venue.Sink.Last.Kind.Should().Be(VenueReportKind.Unrecognised);
        venue.Sink.Last.Text.ToString().Should().Be("ExecTransType 20=" + execTransType);
        venue.Sink.Last.ClOrdId.Should().Be(1001);
    }

    [Test]
    public void Fix42_status_report_is_Status_whatever_its_ExecType()
    {
        using var venue = new VenueHarness("FIX.4.2");
        venue.SendFromVenue("8", "37=V-9|17=E7|20=3|150=2|39=2|11=1001|55=VOD.L|54=1|38=100|32=0|31=0|14=100|151=0|6=1|");
        venue.Sink.Last.Kind.Should().Be(VenueReportKind.Status);
    }

    [TestCase("11=ABC|", "ClOrdID not ours 11=ABC")]
    [TestCase("", "ClOrdID not ours 11=")]
    [TestCase("11=-5|", "ClOrdID not ours 11=-5")]
    [TestCase("11=01001|", "ClOrdID not ours 11=01001")]
    [TestCase("11=0|", "ClOrdID not ours 11=0")]
    [TestCase("11=1234567890123456789|", "ClOrdID not ours 11=1234567890123456789")]
    [TestCase("11=1003|41=X1|", "OrigClOrdID not ours 41=X1")]
    [TestCase("11=1001|32=1.5|", "bad quantity 32=1.5")]
    [TestCase("11=1001|31=1.000000001|", "bad price 31=1.000000001")]
    public void Ids_not_ours_and_numbers_that_do_not_fit_are_Unrecognised_with_what_was_wrong(string fields, string text)
    {
        using var venue = new VenueHarness("FIX.4.4");
        var seqNum = venue.PeerSeqNum;
        venue.SendFromVenue("8", $"37=V-9|17=E8|150=F|39=1|{fields}55=VOD.L|54=1|38=100|14=0|151=0|6=0|");

        var report = venue.Sink.Last;
        report.Kind.Should().Be(VenueReportKind.Unrecognised);
        report.Text.ToString().Should().Be(text.Length > 32 ? text[..32] : text);
        report.VenueSequence.Should().Be(seqNum, "journaled like any report");
        venue.Adapter.Counters[FixVenueCounter.UnrecognisedReports].Should().Be(1);
    }

    [Test]
    public void A_resent_report_is_a_possible_duplicate()
    {
        using var venue = new VenueHarness("FIX.4.4");
        venue.SendFromVenue("8", "37=V-9|17=E1|150=0|39=0|11=1001|55=VOD.L|54=1|38=100|14=0|151=100|6=0|");
        venue.Sink.Last.PossibleDuplicate.Should().BeFalse();

        venue.SendFromVenue("8", "37=V-9|17=E1|150=0|39=0|11=1001|55=VOD.L|54=1|38=100|14=0|151=100|6=0|", possDup: true);
        venue.Sink.Last.PossibleDuplicate.Should().BeTrue();
        venue.Sink.Last.Kind.Should().Be(VenueReportKind.Accepted);
    }
}
