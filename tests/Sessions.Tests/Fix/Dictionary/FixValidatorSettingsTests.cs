using FluentAssertions;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;
using static Gateway.Sessions.Tests.Fix.Dictionary.TestMessages;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>The QuickFIX validation settings, and a venue's own dictionary.</summary>
public class FixValidatorSettingsTests
{
    private const string Heartbeat = "8=FIX.4.4|35=0|34=2|49=TW|52=20240102-03:04:05|56=ISLD|";
    private const string Order = "8=FIX.4.4|35=D|34=2|49=TW|52=20240102-03:04:05|56=ISLD|11=ID|21=1|40=1|54=1|55=INTC|60=20240102-03:04:05|";
    private const string VenueHeader = "8=FIX.4.4|35=U1|34=2|49=TW|52=20240102-03:04:05|56=ISLD|";

    private static FixValidator Fix44(FixValidationSettings settings) => new(SharedFixData.Fix44, settings);

    [Test]
    public void Defaults_are_quickfix_defaults()
    {
        var defaults = FixValidationSettings.Default;

        defaults.ValidateFieldsOutOfOrder.Should().BeTrue();
        defaults.ValidateFieldsHaveValues.Should().BeTrue();
        defaults.ValidateUserDefinedFields.Should().BeTrue();
        defaults.AllowUnknownMsgFields.Should().BeFalse();
        defaults.ValidateUnorderedGroupFields.Should().BeTrue();
        defaults.AllowUnknownFieldValues.Should().BeFalse();
    }

    [Test]
    public void Fields_out_of_order_pass_when_that_check_is_off()
    {
        var message = "8=FIX.4.4|35=D|11=ID|21=1|40=1|54=1|55=INTC|60=20240102-03:04:05|34=2|49=TW|52=20240102-03:04:05|56=ISLD";

        Validate(Fix44(new FixValidationSettings { ValidateFieldsOutOfOrder = false }), message).ShouldBeValid();
    }

    [Test]
    public void Empty_values_pass_when_that_check_is_off_but_an_empty_enum_value_is_still_out_of_range()
    {
        var validator = Fix44(new FixValidationSettings { ValidateFieldsHaveValues = false });

        Validate(validator, Order + "1=|44=").ShouldBeValid();
        Validate(validator, Order + "59=")
            .ShouldBeSessionReject(SessionRejectReason.ValueIsIncorrect, 59, "Value is incorrect (out of range) for this tag", "D");
    }

    [Test]
    public void User_defined_fields_pass_unchecked_when_that_check_is_off()
    {
        var validator = Fix44(new FixValidationSettings { ValidateUserDefinedFields = false });

        Validate(validator, Heartbeat + "5000=HI|9999=X").ShouldBeValid();
        Validate(validator, Heartbeat + "4999=HI")
            .ShouldBeSessionReject(SessionRejectReason.InvalidTagNumber, 4999, "Invalid tag number", "0");
    }

    [Test]
    public void Unknown_fields_and_fields_of_other_messages_pass_when_allowed()
    {
        var validator = Fix44(new FixValidationSettings { AllowUnknownMsgFields = true });

        Validate(validator, Heartbeat + "999=HI|55=MSFT").ShouldBeValid();
        Validate(validator, Heartbeat + "999=HI|999=HO")
            .ShouldBeSessionReject(SessionRejectReason.TagAppearsMoreThanOnce, 999, "Tag appears more than once", "0");
    }

    [Test]
    public void Unknown_enum_values_pass_when_allowed() =>
        Validate(Fix44(new FixValidationSettings { AllowUnknownFieldValues = true }), Order.Replace("21=1", "21=4", StringComparison.Ordinal))
            .ShouldBeValid();

    [Test]
    public void A_venue_dictionary_validates_its_own_message()
    {
        var validator = new FixValidator(DataDictionary.Parse(CustomDictionaries.Venue));

        Validate(validator, VenueHeader + "11=A|5001=ACC|5002=Y|5003=B|20001=7").ShouldBeValid();
        Validate(validator, VenueHeader + "11=A|5001=ACC|20001=x")
            .ShouldBeSessionReject(SessionRejectReason.IncorrectDataFormat, 20001, "Incorrect data format for value", "U1");
        Validate(validator, VenueHeader + "11=A|5001=ACC")
            .ShouldBeSessionReject(SessionRejectReason.RequiredTagMissing, 20001, "Required tag missing", "U1");
        Validate(validator, VenueHeader + "11=A|5001=ACC|5003=C|20001=7")
            .ShouldBeSessionReject(SessionRejectReason.ValueIsIncorrect, 5003, "Value is incorrect (out of range) for this tag", "U1");
        Validate(validator, VenueHeader + "11=A|5001=ACC|20001=7|20002=7")
            .ShouldBeSessionReject(SessionRejectReason.InvalidTagNumber, 20002, "Invalid tag number", "U1");
    }

    [Test]
    public void A_venue_data_field_may_contain_the_delimiter()
    {
        var validator = new FixValidator(DataDictionary.Parse(CustomDictionaries.Venue));

        Validate(validator, VenueHeader + "11=A|5001=ACC|5030=3|5031=a\u0001b|20001=7").ShouldBeValid();
    }

    [Test]
    public void A_custom_dictionary_file_is_loaded_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"venue-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, CustomDictionaries.Venue);
        try
        {
            var validator = new FixValidator(DataDictionary.Load(path));

            Validate(validator, VenueHeader + "11=A|5001=ACC|20001=7").ShouldBeValid();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
