using FluentAssertions;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;
using static Gateway.Sessions.Tests.Fix.Dictionary.TestMessages;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>Repeating groups as FIX44.xml defines them: Parties (453) with nested PartySubIDs (802).</summary>
public class FixValidatorGroupTests
{
    private const string Order = "8=FIX.4.4|35=D|34=2|49=TW|52=20240102-03:04:05|56=ISLD|11=ID|";
    private const string OrderTail = "|21=1|40=1|54=1|38=100|55=INTC|60=20240102-03:04:05";
    private const string TwoParties = "453=2|448=A|447=D|452=1|802=1|523=X|803=1|448=B|447=D|452=3";

    private FixValidator _validator = null!;

    [SetUp]
    public void SetUp() => _validator = new FixValidator(SharedFixData.Fix44);

    [Test]
    public void Nested_groups_with_matching_counts_pass() =>
        Validate(_validator, Order + TwoParties + OrderTail).ShouldBeValid();

    [Test]
    public void A_group_may_end_the_body() =>
        Validate(_validator, "8=FIX.4.4|35=D|34=2|49=TW|52=20240102-03:04:05|56=ISLD|11=ID|21=1|40=1|54=1|38=100|55=INTC|60=20240102-03:04:05|" + TwoParties)
            .ShouldBeValid();

    [Test]
    public void A_count_of_zero_with_no_entries_passes()
    {
        // 21_RepeatingGroupSpecifierWithValueOfZero: NoSecurityAltID (454) = 0.
        var securityDefinition = "8=FIX.4.4|35=d|34=2|49=TW|56=ISLD|52=20240102-03:04:05|320=JCD1091-20021011|322=1034356488676323|323=6|55=TBS|22=8|167=CS|336=ONE_MAIN|58=No Products found for this Class Symbol|454=0";

        Validate(_validator, securityDefinition).ShouldBeValid();
    }

    [Test]
    public void A_count_of_zero_followed_by_entries_is_wrong() =>
        Validate(_validator, Order + "453=0|448=A|447=D|452=1" + OrderTail)
            .ShouldBeSessionReject(SessionRejectReason.IncorrectNumInGroupCount, 453, "Incorrect NumInGroup count for repeating group", "D");

    [Test]
    public void More_entries_than_the_count_is_wrong() =>
        Validate(_validator, Order + "453=1|448=A|447=D|452=1|448=B" + OrderTail)
            .ShouldBeSessionReject(SessionRejectReason.IncorrectNumInGroupCount, 453, "Incorrect NumInGroup count for repeating group", "D");

    [Test]
    public void A_wrong_count_in_a_nested_group_is_reported_at_the_nested_counter() =>
        Validate(_validator, Order + "453=1|448=A|447=D|452=1|802=2|523=X|803=1" + OrderTail)
            .ShouldBeSessionReject(SessionRejectReason.IncorrectNumInGroupCount, 802, "Incorrect NumInGroup count for repeating group", "D");

    [Test]
    public void An_entry_that_does_not_start_with_the_delimiter_is_rejected_as_quickfix_does()
    {
        var reject = Validate(_validator, Order + "453=1|447=D|448=A|452=1" + OrderTail);

        reject.ShouldBeSessionReject(SessionRejectReason.Other, 453, "Group 453's first entry does not start with delimiter 448", "D");
        reject.TextArgument.Should().Be(448);
    }

    [Test]
    public void A_tag_repeated_inside_one_entry_is_rejected_as_quickfix_does() =>
        Validate(_validator, Order + "453=2|448=A|447=D|447=D|452=1" + OrderTail)
            .ShouldBeSessionReject(SessionRejectReason.Other, 453, "Group 453 contains a repeat occurrence of tag 447 in a single group, which is illegal.", "D");

    [Test]
    public void Fields_out_of_the_dictionary_order_inside_an_entry_are_rejected() =>
        Validate(_validator, Order + "453=1|448=A|452=1|447=D" + OrderTail)
            .ShouldBeSessionReject(SessionRejectReason.RepeatingGroupFieldsOutOfOrder, 447, "Repeating group fields out of order", "D");

    [Test]
    public void Unordered_group_fields_pass_when_that_check_is_off()
    {
        var lenient = new FixValidator(SharedFixData.Fix44, new FixValidationSettings { ValidateUnorderedGroupFields = false });

        Validate(lenient, Order + "453=1|448=A|452=1|447=D" + OrderTail).ShouldBeValid();
    }

    [Test]
    public void A_bad_value_inside_a_group_is_reported_at_that_field() =>
        Validate(_validator, Order + "453=1|448=A|447=D|452=999" + OrderTail)
            .ShouldBeSessionReject(SessionRejectReason.ValueIsIncorrect, 452, "Value is incorrect (out of range) for this tag", "D");

    [Test]
    public void Top_level_problems_are_reported_before_problems_inside_groups() =>
        Validate(_validator, Order + "453=1|448=A|447=D|452=999|21=4|40=1|54=1|38=100|55=INTC|60=20240102-03:04:05")
            .ShouldBeSessionReject(SessionRejectReason.ValueIsIncorrect, 21, "Value is incorrect (out of range) for this tag", "D");

    [Test]
    public void A_group_field_outside_its_group_is_not_defined_for_the_message() =>
        Validate(_validator, Order + "448=A" + OrderTail)
            .ShouldBeSessionReject(SessionRejectReason.TagNotDefinedForMessageType, 448, "Tag not defined for this message type", "D");

    [Test]
    public void The_same_field_may_appear_at_the_top_level_and_inside_a_group()
    {
        var dictionary = DataDictionary.Parse("""
            <fix major="4" minor="4">
              <header><field name="BeginString" required="Y"/><field name="BodyLength" required="Y"/><field name="MsgType" required="Y"/></header>
              <trailer><field name="CheckSum" required="Y"/></trailer>
              <messages>
                <message name="Note" msgtype="U2" msgcat="app">
                  <field name="Text" required="N"/>
                  <group name="LinesOfText" required="N"><field name="Text" required="Y"/></group>
                </message>
              </messages>
              <fields>
                <field number="8" name="BeginString" type="STRING"/><field number="9" name="BodyLength" type="LENGTH"/>
                <field number="10" name="CheckSum" type="STRING"/><field number="35" name="MsgType" type="STRING"/>
                <field number="33" name="LinesOfText" type="NUMINGROUP"/><field number="58" name="Text" type="STRING"/>
              </fields>
            </fix>
            """);
        var validator = new FixValidator(dictionary);

        Validate(validator, "8=FIX.4.4|35=U2|58=top|33=2|58=one|58=two").ShouldBeValid();
        // Text is the group's delimiter, so a second Text starts a second entry (as in QuickFIX/n's parser).
        Validate(validator, "8=FIX.4.4|35=U2|33=1|58=one|58=top")
            .ShouldBeSessionReject(SessionRejectReason.IncorrectNumInGroupCount, 33, "Incorrect NumInGroup count for repeating group", "U2");
    }

    [Test]
    public void Required_fields_of_each_group_entry_are_checked()
    {
        var validator = new FixValidator(DataDictionary.Parse(CustomDictionaries.Venue));
        var venueOrder = "8=FIX.4.4|35=U1|34=2|49=TW|52=20240102-03:04:05|56=ISLD|11=A|5001=ACC|";

        Validate(validator, venueOrder + "5010=2|5011=L1|5012=10|5011=L2|20001=7")
            .ShouldBeSessionReject(SessionRejectReason.RequiredTagMissing, 5012, "Required tag missing", "U1");
        Validate(validator, venueOrder + "5010=2|5011=L1|5012=10|5011=L2|5012=5|5020=1|5021=1.5|20001=7").ShouldBeValid();
    }

    [Test]
    public void Required_fields_in_groups_pass_unchecked_when_that_check_is_off()
    {
        var validator = new FixValidator(
            DataDictionary.Parse(CustomDictionaries.Venue),
            new FixValidationSettings { ValidateRequiredFieldsInGroups = false });

        Validate(validator, "8=FIX.4.4|35=U1|34=2|49=TW|52=20240102-03:04:05|56=ISLD|11=A|5001=ACC|5010=1|5011=L1|20001=7")
            .ShouldBeValid();
    }

    [Test]
    public void A_header_group_is_walked_with_its_members()
    {
        var heartbeat = "8=FIX.4.4|35=0|34=2|49=TW|52=20240102-03:04:05|56=ISLD|627=2|628=HOP1|629=20240102-03:04:05|628=HOP2";

        Validate(_validator, heartbeat).ShouldBeValid();
        Validate(_validator, heartbeat.Replace("627=2", "627=3", StringComparison.Ordinal))
            .ShouldBeSessionReject(SessionRejectReason.IncorrectNumInGroupCount, 627, "Incorrect NumInGroup count for repeating group", "0");
    }
}
