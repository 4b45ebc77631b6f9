using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

public class GroupReaderTests
{
    private const string OrderWithParties =
        "8=FIX.4.4|35=D|34=2|49=TW|52=20240102-03:04:05|56=ISLD|11=ID|453=2|448=A|447=D|452=1|802=2|523=X|803=1|523=Y|448=B|447=D|452=3|21=1|40=1|54=1|55=INTC|60=20240102-03:04:05";

    [Test]
    public void Entries_are_field_ranges_with_nested_groups_inside()
    {
        var frame = TestMessages.Frame(OrderWithParties);
        var table = new FixFieldTable();
        table.Scan(frame);
        var message = new FixMessage(frame, table);
        var nos = SharedFixData.Fix44.Message("D");

        GroupReader.TryFind(message, nos, 453, out var parties).Should().BeTrue();
        parties.DeclaredCount.Should().Be(2);

        var ids = new List<string>();
        var subIdCounts = new List<int>();
        while (parties.MoveNext())
        {
            var entry = parties.Current;
            entry.TryGetValue(448, out var partyId).Should().BeTrue();
            ids.Add(Encoding.ASCII.GetString(partyId));
            entry.TryGetValue(523, out _).Should().BeFalse("523 belongs to the nested group, not to the entry");
            var subIds = 0;
            if (entry.TryGetGroup(802, out var nested))
            {
                while (nested.MoveNext())
                {
                    subIds++;
                }
            }

            subIdCounts.Add(subIds);
        }

        ids.Should().Equal("A", "B");
        subIdCounts.Should().Equal(2, 0);
        message.TagAt(parties.End).Should().Be(21, "the group ends where the body resumes");
    }

    [Test]
    public void The_first_entry_spans_its_nested_group()
    {
        var frame = TestMessages.Frame(OrderWithParties);
        var table = new FixFieldTable();
        table.Scan(frame);
        var message = new FixMessage(frame, table);
        var nos = SharedFixData.Fix44.Message("D");
        GroupReader.TryFind(message, nos, 453, out var parties).Should().BeTrue();

        parties.MoveNext().Should().BeTrue();

        var first = parties.Current;
        message.TagAt(first.Start).Should().Be(448);
        first.FieldCount.Should().Be(7); // 448 447 452 802 523 803 523, up to the next 448
        message.TagAt(first.End).Should().Be(448);
    }

    [Test]
    public void A_missing_group_is_not_found()
    {
        var frame = TestMessages.Frame("8=FIX.4.4|35=D|34=2|49=TW|52=20240102-03:04:05|56=ISLD|11=ID|21=1|40=1|54=1|55=INTC|60=20240102-03:04:05");
        var table = new FixFieldTable();
        table.Scan(frame);
        var nos = SharedFixData.Fix44.Message("D");

        GroupReader.TryFind(new FixMessage(frame, table), nos, 453, out _).Should().BeFalse();
        GroupReader.TryFind(new FixMessage(frame, table), nos, 11, out _).Should().BeFalse("ClOrdID is not a group");
    }
}
