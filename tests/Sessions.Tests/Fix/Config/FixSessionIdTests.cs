using FluentAssertions;
using Gateway.Sessions.Fix.Config;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Config;

public sealed class FixSessionIdTests
{
    [Test]
    public void The_canonical_form_is_QuickFIXs() =>
        new FixSessionId("FIX.4.4", "ISLD", "TW").ToString().Should().Be("FIX.4.4:ISLD->TW");

    [Test]
    public void Sub_and_location_ids_and_the_qualifier_appear_when_set()
    {
        new FixSessionId("FIX.4.2", "A", "B", SenderSubID: "S").ToString().Should().Be("FIX.4.2:A/S->B");
        new FixSessionId("FIX.4.2", "A", "B", TargetLocationID: "L").ToString().Should().Be("FIX.4.2:A->B/L");
        new FixSessionId("FIXT.1.1", "A", "B", SessionQualifier: "q").ToString().Should().Be("FIXT.1.1:A->B:q");
    }

    [Test]
    public void File_names_follow_QuickFIXs_file_store()
    {
        new FixSessionId("FIX.4.4", "ISLD", "TW").FileNamePrefix.Should().Be("FIX.4.4-ISLD-TW");
        new FixSessionId("FIX.4.4", "ISLD", "TW", "S", "L", "TS", "TL", "Q").FileNamePrefix
            .Should().Be("FIX.4.4-ISLD_S_L-TW_TS_TL-Q");
    }

    [Test]
    public void Characters_unsafe_in_file_names_are_replaced()
    {
        new FixSessionId("FIX.4.4", "A/B", "C:D*").FileNamePrefix.Should().Be("FIX.4.4-A_B-C_D_");
    }

    [Test]
    public void Ids_with_equal_parts_are_equal()
    {
        new FixSessionId("FIX.4.4", "A", "B").Should().Be(new FixSessionId("FIX.4.4", "A", "B", string.Empty));
        new FixSessionId("FIX.4.4", "A", "B").Should().NotBe(new FixSessionId("FIX.4.4", "A", "B", SessionQualifier: "x"));
    }

    [Test]
    public void FIXT_sessions_are_recognised()
    {
        new FixSessionId("FIXT.1.1", "A", "B").IsFixt.Should().BeTrue();
        new FixSessionId("FIX.4.4", "A", "B").IsFixt.Should().BeFalse();
    }
}
