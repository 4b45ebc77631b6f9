using FluentAssertions;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Store;
using Gateway.Venues.Fix;
using Gateway.Venues.Orders;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Fix;

/// <summary>After a restart: what reached the venue's session (HasSent), and asking for the venue's messages again.</summary>
public sealed class FixVenueRestartTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() =>
        _directory = Directory.CreateTempSubdirectory("venuefix-store-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void HasSent_reads_the_file_store_of_the_previous_run()
    {
        var id = new FixSessionId("FIX.4.4", "GW", "VENUE");
        using (var before = new VenueHarness("FIX.4.4", store: new FileFixMessageStore(new FileStoreOptions(_directory), id)))
        {
            before.SendAndCapture(VenueHarness.NewOrder(1001));
            before.SendAndCapture(VenueHarness.Cancel(1002, 1001));
            before.SendAndCapture(VenueHarness.Replace(1003, 1001));
        }

        using var after = new VenueHarness("FIX.4.4", store: new FileFixMessageStore(new FileStoreOptions(_directory), id), logOn: false);
        after.Session.NextSenderMsgSeqNum.Should().Be(5, "Logon and three requests");
        after.Adapter.HasSent(1001).Should().BeTrue();
        after.Adapter.HasSent(1002).Should().BeTrue();
        after.Adapter.HasSent(1003).Should().BeTrue();
        after.Adapter.HasSent(1004).Should().BeFalse();
        after.Adapter.HasSent(1).Should().BeFalse("MsgSeqNum 1 is the Logon, not a request");
    }

    [Test]
    public void ResumeFromVenueSequence_asks_for_the_messages_after_the_last_applied_on_logon()
    {
        using var venue = new VenueHarness("FIX.4.4");
        for (var i = 0; i < 5; i++)
        {
            venue.SendFromVenue("8", $"37=V-9|17=E{i}|150=0|39=0|11={1001 + i}|55=VOD.L|54=1|38=100|14=0|151=100|6=0|");
        }

        venue.Session.NextTargetMsgSeqNum.Should().Be(7, "Logon and five reports");
        venue.Session.Disconnect("gateway restart");

        venue.Adapter.ResumeFromVenueSequence(3);
        venue.Session.NextTargetMsgSeqNum.Should().Be(4);
        venue.Adapter.ResumeFromVenueSequence(5);
        venue.Session.NextTargetMsgSeqNum.Should().Be(4, "never raised: that would skip messages");

        venue.Connect();
        var answers = venue.LogOn();
        var resend = answers.Single(f => VenueHarness.Field(f, 35) == "2");
        VenueHarness.Field(resend, 7).Should().Be("4");

        var reports = venue.Sink.Count;
        venue.PeerSeqNum = 4;
        for (var i = 2; i < 5; i++)
        {
            venue.SendFromVenue("8", $"37=V-9|17=E{i}|150=0|39=0|11={1001 + i}|55=VOD.L|54=1|38=100|14=0|151=100|6=0|", possDup: true);
        }

        var replayed = venue.Sink.ToArray()[reports..].Where(r => r.Kind == VenueReportKind.Accepted).ToArray();
        replayed.Select(r => r.VenueSequence).Should().Equal(4, 5, 6);
        replayed.Should().OnlyContain(r => r.PossibleDuplicate);
        replayed.Select(r => r.ClOrdId).Should().Equal(1003, 1004, 1005);
    }

    [Test]
    public void ResumeFromVenueSequence_is_refused_when_it_cannot_work()
    {
        using var venue = new VenueHarness("FIX.4.4");
        var loggedOn = () => venue.Adapter.ResumeFromVenueSequence(1);
        loggedOn.Should().Throw<InvalidOperationException>();
        var negative = () => venue.Adapter.ResumeFromVenueSequence(-1);
        negative.Should().Throw<ArgumentOutOfRangeException>();

        var alone = new FixVenueAdapter(VenueHarness.DefaultOptions("FIX.4.4"), new RecordingSink());
        var noSession = () => alone.ResumeFromVenueSequence(1);
        noSession.Should().Throw<InvalidOperationException>();
        var noStore = () => alone.HasSent(1);
        noStore.Should().Throw<InvalidOperationException>();
    }
}
