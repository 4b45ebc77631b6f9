using System.Text;
using System.Xml.Linq;
using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Codec;

public class FixValueCheckTests
{
    private static byte[] A(string s) => Encoding.Latin1.GetBytes(s);

    // The values the acceptance scripts send as "Incorrect data format" (373=6) must fail, their neighbours pass.
    [TestCase(FixFieldType.Qty, "+200.00", false)] // 14f_IncorrectDataFormat
    [TestCase(FixFieldType.Qty, "200.00", true)]
    [TestCase(FixFieldType.Char, "failboat", false)] // FieldTypeError_Top
    [TestCase(FixFieldType.Char, "1", true)]
    [TestCase(FixFieldType.UtcTimestamp, "20040415", false)] // RejectResentMessage, 126=20040415
    [TestCase(FixFieldType.UtcTimestamp, "20040415-10:00:00", true)]
    [TestCase(FixFieldType.Int, "1.5", false)]
    [TestCase(FixFieldType.Int, "-3", true)]
    [TestCase(FixFieldType.SeqNum, "2147483648", false)]
    [TestCase(FixFieldType.NumInGroup, "x", false)]
    [TestCase(FixFieldType.Length, "12", true)]
    [TestCase(FixFieldType.TagNum, "35", true)]
    [TestCase(FixFieldType.Long, "9223372036854775807", true)]
    [TestCase(FixFieldType.Price, "1e5", false)]
    [TestCase(FixFieldType.Price, "1.2.3", false)]
    [TestCase(FixFieldType.Price, "-.5", true)]
    [TestCase(FixFieldType.Amt, "1.00000000000000000000000000001", true)]
    [TestCase(FixFieldType.Percentage, ".", false)]
    [TestCase(FixFieldType.PriceOffset, "-1", true)]
    [TestCase(FixFieldType.Float, "5.", true)]
    [TestCase(FixFieldType.Boolean, "Y", true)]
    [TestCase(FixFieldType.Boolean, "T", false)]
    [TestCase(FixFieldType.UtcTimeOnly, "10:00:00.000", true)]
    [TestCase(FixFieldType.UtcTimeOnly, "10:00", false)]
    [TestCase(FixFieldType.UtcDateOnly, "20040415", true)]
    [TestCase(FixFieldType.UtcDate, "20040415", true)]
    [TestCase(FixFieldType.UtcDateOnly, "20040415-10:00:00", false)]
    [TestCase(FixFieldType.Time, "20040415-10:00:00", true)]
    [TestCase(FixFieldType.String, "anything at all", true)]
    [TestCase(FixFieldType.MonthYear, "junk", true)] // QuickFIX/n leaves MONTHYEAR as text
    [TestCase(FixFieldType.DayOfMonth, "junk", true)]
    [TestCase(FixFieldType.LocalMktDate, "junk", true)]
    [TestCase(FixFieldType.Currency, "junk", true)]
    [TestCase(FixFieldType.Data, "a\u0001b", true)]
    [TestCase(FixFieldType.Unknown, "x", true)]
    public void QuickFix_compatible(FixFieldType type, string value, bool valid) => FixValue.IsValid(type, A(value)).Should().Be(valid);

    [TestCase(FixFieldType.MonthYear, "junk", false)]
    [TestCase(FixFieldType.MonthYear, "202401w2", true)]
    [TestCase(FixFieldType.DayOfMonth, "31", true)]
    [TestCase(FixFieldType.DayOfMonth, "32", false)]
    [TestCase(FixFieldType.DayOfMonth, "0", false)]
    [TestCase(FixFieldType.DayOfMonth, "-1", false)]
    [TestCase(FixFieldType.LocalMktDate, "20240131", true)]
    [TestCase(FixFieldType.LocalMktDate, "2024013", false)]
    [TestCase(FixFieldType.LocalMktTime, "09:30:00", true)]
    [TestCase(FixFieldType.Currency, "USD", true)]
    [TestCase(FixFieldType.Currency, "US", false)]
    [TestCase(FixFieldType.Country, "US", true)]
    [TestCase(FixFieldType.Country, "U$", false)]
    [TestCase(FixFieldType.Language, "en", true)]
    [TestCase(FixFieldType.MultipleCharValue, "A B C", true)]
    [TestCase(FixFieldType.MultipleCharValue, "AB C", false)]
    [TestCase(FixFieldType.MultipleCharValue, "A  C", false)]
    [TestCase(FixFieldType.MultipleValueString, "AB CD", true)]
    [TestCase(FixFieldType.MultipleValueString, "AB ", false)]
    [TestCase(FixFieldType.MultipleStringValue, " AB", false)]
    [TestCase(FixFieldType.TzTimeOnly, "07:39Z", true)]
    [TestCase(FixFieldType.TzTimestamp, "20060901-07:39Z", true)]
    [TestCase(FixFieldType.Qty, "+1", false)]
    [TestCase(FixFieldType.String, "x", true)]
    public void Strict(FixFieldType type, string value, bool valid) => FixValue.IsValidStrict(type, A(value)).Should().Be(valid);

    [TestCase("STRING", FixFieldType.String)]
    [TestCase("qty", FixFieldType.Qty)]
    [TestCase("MULTIPLEVALUESTRING", FixFieldType.MultipleValueString)]
    [TestCase("UTCTIMESTAMP", FixFieldType.UtcTimestamp)]
    [TestCase("DAY-OF-MONTH", FixFieldType.DayOfMonth)]
    [TestCase("XMLDATA", FixFieldType.XmlData)]
    [TestCase("NOPE", FixFieldType.Unknown)]
    public void Maps_dictionary_names(string name, FixFieldType type) => FixFieldTypes.FromName(name).Should().Be(type);

    [Test]
    public void Every_type_the_dictionaries_use_is_known()
    {
        var specDirectory = Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "..", "..", "shared", "fix", "spec");
        if (!Directory.Exists(specDirectory))
        {
            Assert.Ignore($"FIX dictionaries not found at {specDirectory} (../shared is missing)");
        }

        var seen = 0;
        foreach (var file in Directory.GetFiles(specDirectory, "*.xml"))
        {
            var doc = XDocument.Load(file);
            foreach (var field in doc.Descendants("fields").Elements("field"))
            {
                var typeName = (string?)field.Attribute("type");
                if (typeName is null)
                {
                    continue;
                }

                seen++;
                FixFieldTypes.FromName(typeName).Should().NotBe(FixFieldType.Unknown, $"{Path.GetFileName(file)} uses type {typeName}");
            }
        }

        seen.Should().BeGreaterThan(1000);
    }
}
