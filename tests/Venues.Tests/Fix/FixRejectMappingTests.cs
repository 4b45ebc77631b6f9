using FluentAssertions;
using Gateway.Venues.Fix;
using Gateway.Venues.Orders;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Fix;

/// <summary>
/// A session Reject (3) or BusinessMessageReject (j) of one of our requests comes back as that request's reject,
/// found by RefSeqNum (45).
/// </summary>
public sealed class FixRejectMappingTests
{
    [TestCase("FIX.4.2")]
    [TestCase("FIX.4.4")]
    [TestCase("FIXT.1.1")]
    public void Session_reject_of_a_new_order_is_Rejected(string beginString)
    {
        using var venue = new VenueHarness(beginString);
        var seqNum = venue.Session.NextSenderMsgSeqNum;
        venue.SendAndCapture(VenueHarness.NewOrder(1001));

        venue.SendFromVenue("3", $"45={seqNum}|371=44|372=D|373=5|58=Value is incorrect|");

        var report = venue.Sink.Last;
        report.Kind.Should().Be(VenueReportKind.Rejected);
        report.ClOrdId.Should().Be(1001);
        report.ReasonCode.Should().Be(5);
        report.Text.ToString().Should().Be("Value is incorrect");
        venue.Adapter.Counters[FixVenueCounter.RejectsMatched].Should().Be(1);
    }

    [Test]
    public void Session_reject_of_a_cancel_or_a_replace_is_CancelRejected()
    {
        using var venue = new VenueHarness("FIX.4.4");
        var cancelSeqNum = venue.Session.NextSenderMsgSeqNum;
        venue.SendAndCapture(VenueHarness.Cancel(1002, 1001));
        var replaceSeqNum = venue.Session.NextSenderMsgSeqNum;
        venue.SendAndCapture(VenueHarness.Replace(1003, 1001));

        venue.SendFromVenue("3", $"45={cancelSeqNum}|373=1|");
        var cancel = venue.Sink.Last;
        cancel.Kind.Should().Be(VenueReportKind.CancelRejected);
        cancel.ForReplace.Should().BeFalse();
        cancel.ClOrdId.Should().Be(1002);
        cancel.OrigClOrdId.Should().Be(1001);
        cancel.ReasonCode.Should().Be(1);

        venue.SendFromVenue("j", $"45={replaceSeqNum}|372=G|380=0|58=Replace not supported|");
        var replace = venue.Sink.Last;
        replace.Kind.Should().Be(VenueReportKind.CancelRejected);
        replace.ForReplace.Should().BeTrue();
        replace.ClOrdId.Should().Be(1003);
        replace.OrigClOrdId.Should().Be(1001);
        replace.Text.ToString().Should().Be("Replace not supported");
    }

    [Test]
    public void Business_reject_of_a_request_sent_before_a_restart_is_found_by_its_ref_id()
    {
        using var venue = new VenueHarness("FIX.4.4");
        venue.SendFromVenue("j", "45=77|372=D|379=1007|380=4|");
        venue.Sink.Last.Kind.Should().Be(VenueReportKind.Rejected);
        venue.Sink.Last.ClOrdId.Should().Be(1007);
        venue.Sink.Last.ReasonCode.Should().Be(4);

        venue.SendFromVenue("j", "45=78|372=F|379=1008|380=4|");
        venue.Sink.Last.Kind.Should().Be(VenueReportKind.CancelRejected);
        venue.Sink.Last.ForReplace.Should().BeFalse();
    }

    [Test]
    public void Reject_of_something_we_never_sent_is_Unrecognised()
    {
        using var venue = new VenueHarness("FIX.4.4");
        venue.SendFromVenue("3", "45=999|373=1|");
        venue.Sink.Last.Kind.Should().Be(VenueReportKind.Unrecognised);
        venue.Sink.Last.Text.ToString().Should().Be("Reject of 45=999");
        venue.Sink.Last.ClOrdId.Should().Be(0);

        venue.SendFromVenue("j", "45=998|372=D|379=ABC|380=0|");
        venue.Sink.Last.Kind.Should().Be(VenueReportKind.Unrecognised);
        venue.Sink.Last.Text.ToString().Should().Be("BMReject of 45=998");
    }

    [Test]
    public void Reject_of_one_of_our_admin_messages_is_not_reported()
    {
        using var venue = new VenueHarness("FIX.4.4");
        var orderSeqNum = venue.Session.NextSenderMsgSeqNum;
        venue.SendAndCapture(VenueHarness.NewOrder(1001));
        var count = venue.Sink.Count;

        venue.SendFromVenue("3", "45=1|372=A|373=1|");
        venue.SendFromVenue("3", $"45={orderSeqNum}|372=0|373=1|"); // the slot holds an order, but 372 says otherwise
        venue.Sink.Count.Should().Be(count);
        venue.Adapter.Counters[FixVenueCounter.AdminRejectsIgnored].Should().Be(2);
    }

    [Test]
    public void After_a_sequence_reset_a_reject_is_not_matched_to_a_request_of_the_old_numbers()
    {
        using var venue = new VenueHarness("FIX.4.4");
        var seqNum = venue.Session.NextSenderMsgSeqNum;
        venue.SendAndCapture(VenueHarness.NewOrder(1001));

        venue.Session.Reset("new day");
        venue.Connect();
        venue.PeerSeqNum = 1;
        venue.LogOn();
        venue.Session.NextSenderMsgSeqNum.Should().Be(seqNum, "only our Logon went out in the new epoch");

        venue.SendFromVenue("3", $"45={seqNum}|373=1|"); // no 372 (optional before 4.4): only the ring could tell
        venue.Sink.Last.Kind.Should().Be(VenueReportKind.Unrecognised);
    }
}
