using FluentAssertions;
using Gateway.Sessions.Fix.Config;
using Gateway.Venues.Fix;
using Gateway.Venues.Orders;
using NUnit.Framework;

namespace Gateway.Venues.Tests.Fix;

/// <summary>Routing of sessions to adapters, session events, and what a session without an adapter answers.</summary>
public sealed class FixVenueApplicationTests
{
    [Test]
    public void Logon_and_disconnect_are_SessionUp_and_SessionDown()
    {
        using var venue = new VenueHarness("FIX.4.4");
        venue.Sink[0].Kind.Should().Be(VenueReportKind.SessionUp);
        venue.Sink[0].VenueId.Should().Be(VenueHarness.VenueId);
        venue.Adapter.IsLoggedOn.Should().BeTrue();

        venue.Session.Disconnect("test");
        venue.Sink.Last.Kind.Should().Be(VenueReportKind.SessionDown);
        venue.Adapter.IsLoggedOn.Should().BeFalse();
    }

    [Test]
    public void The_adapter_has_its_session_and_dialect()
    {
        using var venue = new VenueHarness("FIXT.1.1");
        venue.Adapter.Session.Should().BeSameAs(venue.Session);
        venue.Adapter.Dialect.Should().Be(FixDialect.Fix50);
        venue.App.Adapters.Should().Equal(venue.Adapter);
        venue.App.Find(VenueHarness.VenueId).Should().BeSameAs(venue.Adapter);
        venue.App.Find(1).Should().BeNull();
    }

    [TestCase("FIX.4.2", "", FixDialect.Fix42)]
    [TestCase("FIX.4.3", "", FixDialect.Fix44)]
    [TestCase("FIX.4.4", "", FixDialect.Fix44)]
    [TestCase("FIXT.1.1", "9", FixDialect.Fix50)]
    [TestCase("FIXT.1.1", "FIX.5.0SP2", FixDialect.Fix50)]
    [TestCase("FIXT.1.1", "7", FixDialect.Fix50)]
    [TestCase("FIXT.1.1", "FIX.4.4", FixDialect.Fix44)]
    [TestCase("FIXT.1.1", "4", FixDialect.Fix42)]
    public void The_dialect_comes_from_BeginString_and_DefaultApplVerID(string beginString, string applVerId, FixDialect dialect)
    {
        var app = new FixVenueApplication();
        var adapter = app.Add(VenueHarness.DefaultOptions(beginString), new RecordingSink());
        var settings = VenueHarness.SessionSettings(beginString) with { DefaultApplVerId = applVerId };
        using var session = new Sessions.Fix.Session.FixSession(settings, app, new Sessions.Fix.Store.MemoryFixMessageStore());
        adapter.Dialect.Should().Be(dialect);
    }

    [Test]
    public void Other_application_messages_get_a_business_reject()
    {
        using var venue = new VenueHarness("FIX.4.4");
        var answers = venue.SendFromVenue("B", "148=Market closes early|33=1|58=hello|");
        answers.Should().ContainSingle();
        VenueHarness.Field(answers[0], 35).Should().Be("j");
        VenueHarness.Field(answers[0], 380).Should().Be("3");
        venue.Adapter.Counters[FixVenueCounter.UnsupportedMessages].Should().Be(1);
    }

    [Test]
    public void A_session_without_an_adapter_logs_on_and_answers_application_not_available()
    {
        using var venue = new VenueHarness("FIX.4.4", withAdapter: false);
        venue.Session.IsLoggedOn.Should().BeTrue();
        var answers = venue.SendFromVenue("8", "37=V-9|17=E1|150=0|39=0|11=1001|55=VOD.L|54=1|38=100|14=0|151=100|6=0|");

        answers.Should().ContainSingle();
        VenueHarness.Field(answers[0], 35).Should().Be("j");
        VenueHarness.Field(answers[0], 380).Should().Be("4");
        venue.App.UnroutedMessages.Should().Be(1);
        venue.Sink.Count.Should().Be(0);
    }

    [Test]
    public void An_adapter_added_after_its_session_was_built_is_attached_at_once()
    {
        using var venue = new VenueHarness("FIX.4.4", withAdapter: false);
        var sink = new RecordingSink();
        var adapter = venue.App.Add(VenueHarness.DefaultOptions("FIX.4.4"), sink);

        adapter.Session.Should().BeSameAs(venue.Session);
        adapter.IsLoggedOn.Should().BeTrue();
        venue.SendFromVenue("8", "37=V-9|17=E1|150=0|39=0|11=1001|55=VOD.L|54=1|38=100|14=0|151=100|6=0|");
        sink.Last.Kind.Should().Be(VenueReportKind.Accepted);
    }

    [Test]
    public void Two_adapters_for_one_session_or_one_venue_are_refused()
    {
        var app = new FixVenueApplication();
        var options = VenueHarness.DefaultOptions("FIX.4.4");
        app.Add(options, new RecordingSink());

        var sameSession = () => app.Add(options with { VenueId = 8 }, new RecordingSink());
        sameSession.Should().Throw<ArgumentException>();
        var sameVenue = () => app.Add(options with { SessionId = new FixSessionId("FIX.4.4", "GW", "OTHER") }, new RecordingSink());
        sameVenue.Should().Throw<ArgumentException>();
    }

    [Test]
    public void Bad_configuration_is_refused_when_the_adapter_is_built()
    {
        var options = VenueHarness.DefaultOptions("FIX.4.4");
        var emptySymbol = () => new FixVenueAdapter(options with { Symbols = new Dictionary<int, string> { [1] = "" } }, new RecordingSink());
        emptySymbol.Should().Throw<ArgumentException>();
        var soh = () => new FixVenueAdapter(options with { NewOrderTags = [new FixTag(100, "X\u0001Y")] }, new RecordingSink());
        soh.Should().Throw<ArgumentException>();
        var badTag = () => new FixVenueAdapter(options with { NewOrderTags = [new FixTag(0, "X")] }, new RecordingSink());
        badTag.Should().Throw<ArgumentException>();
    }
}
