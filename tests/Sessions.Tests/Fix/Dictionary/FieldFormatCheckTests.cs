using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>The validator skips the value of free-text fields: that must agree with what the codec's check accepts.</summary>
public class FieldFormatCheckTests
{
    [Test]
    public void Types_the_validator_skips_are_exactly_those_the_codec_accepts_any_value_for()
    {
        foreach (var type in Enum.GetValues<FixFieldType>())
        {
            var acceptsGarbage = FixValue.IsValid(type, "@#?"u8);

            FieldDef.IsFormatChecked(type).Should().Be(!acceptsGarbage, "{0}", type);
        }
    }
}
