using FluentAssertions;
using Gateway.Venues.Orders;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Fix;

/// <summary>OrderCancelReject (9) → CancelRejected, for a cancel (434=1) or a replace (434=2).</summary>
public sealed class FixCancelRejectTests
{
    [TestCase("FIX.4.2", "1", false)]
    [TestCase("FIX.4.2", "2", true)]
    [TestCase("FIX.4.4", "1", false)]
    [TestCase("FIX.4.4", "2", true)]
    [TestCase("FIXT.1.1", "1", false)]
    [TestCase("FIXT.1.1", "2", true)]
    public void Cancel_reject_names_both_orders_and_the_reason(string beginString, string responseTo, bool forReplace)
    {
        using var venue = new VenueHarness(beginString);
        var seqNum = venue.PeerSeqNum;
        venue.SendFromVenue("9", $"37=V-9|11=1002|41=1001|39=0|434={responseTo}|102=1|58=Too late to cancel|{"60=20240305-10:00:01.500|"}");

        var report = venue.Sink.Last;
        report.Kind.Should().Be(VenueReportKind.CancelRejected);
        report.ForReplace.Should().Be(forReplace);
        report.ClOrdId.Should().Be(1002);
        report.OrigClOrdId.Should().Be(1001);
        report.VenueOrderId.ToString().Should().Be("V-9");
        report.ReasonCode.Should().Be(1);
        report.Text.ToString().Should().Be("Too late to cancel");
        report.VenueSequence.Should().Be(seqNum);
        report.VenueTimeNanos.Should().Be(VenueHarness.Start + 1_500_000_000);
    }

    [Test]
    public void Cancel_reject_for_an_id_not_ours_is_Unrecognised()
    {
        using var venue = new VenueHarness("FIX.4.4");
        venue.SendFromVenue("9", "37=V-9|11=NONE|41=1001|39=8|434=1|");
        venue.Sink.Last.Kind.Should().Be(VenueReportKind.Unrecognised);
        venue.Sink.Last.Text.ToString().Should().Be("ClOrdID not ours 11=NONE");
    }
}
