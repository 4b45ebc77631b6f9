using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

public class DataDictionaryLoadingTests
{
    [TestCase("FIX42.xml", "FIX.4.2", FixVersion.Fix42)]
    [TestCase("FIX44.xml", "FIX.4.4", FixVersion.Fix44)]
    [TestCase("FIXT11.xml", "FIXT.1.1", FixVersion.Fixt11)]
    [TestCase("FIX50SP2.xml", "FIX.5.0", FixVersion.Fix50Sp2)]
    public void Standard_dictionaries_load_with_their_version(string file, string beginString, FixVersion version)
    {
        var dictionary = SharedFixData.Dictionary(file);

        dictionary.BeginString.Should().Be(beginString);
        dictionary.Version.Should().Be(version);
        dictionary.Fields.Should().NotBeEmpty();
        dictionary.Messages.Should().NotBeEmpty();
    }

    [Test]
    public void Fields_have_names_types_and_enum_descriptions()
    {
        var fix44 = SharedFixData.Fix44;

        fix44.FieldName(54).Should().Be("Side");
        fix44.FieldName(4999).Should().BeNull();
        var clOrdId = fix44.Field("ClOrdID");
        clOrdId.Tag.Should().Be(11);
        clOrdId.Type.Should().Be(FixFieldType.String);
        var orderQty = fix44.Field(38);
        orderQty.Type.Should().Be(FixFieldType.Qty);
        fix44.DescribeValue(54, "1"u8).Should().Be("BUY");
        fix44.DescribeValue(54, "Z"u8).Should().BeNull();
        var side = fix44.Field(54);
        side.Values.Should().Contain(new FieldEnumValue("2", "SELL"));
        side.IsAllowedValue("2"u8).Should().BeTrue();
        side.IsAllowedValue("22"u8).Should().BeFalse();
    }

    [Test]
    public void Multiple_value_enum_fields_allow_space_separated_lists()
    {
        var execInst = SharedFixData.Fix44.Field(18); // ExecInst, MULTIPLEVALUESTRING

        execInst.IsMultipleValue.Should().BeTrue();
        execInst.IsAllowedValue("1 2 G"u8).Should().BeTrue();
        execInst.IsAllowedValue("1  2"u8).Should().BeFalse();
        execInst.IsAllowedValue("1 @"u8).Should().BeFalse();
    }

    [Test]
    public void Header_and_trailer_list_required_fields_in_dictionary_order()
    {
        var fix44 = SharedFixData.Fix44;

        fix44.Header.RequiredTags.Should().Equal(8, 9, 35, 49, 56, 34, 52);
        fix44.Trailer.RequiredTags.Should().Equal(10);
        var hops = fix44.Header.Group(627); // NoHops
        hops.DelimiterTag.Should().Be(628);
    }

    [Test]
    public void Messages_are_found_by_packed_msg_type_and_by_string()
    {
        var fix44 = SharedFixData.Fix44;

        fix44.TryGetMessage(MsgTypes.NewOrderSingle, out var nos).Should().BeTrue();
        nos!.Name.Should().Be("NewOrderSingle");
        nos.IsAdmin.Should().BeFalse();
        fix44.TryGetMessage(MsgTypes.TradeCaptureReportRequest, out var tcr).Should().BeTrue();
        tcr!.MsgType.Should().Be("AD");
        var logon = fix44.Message("A");
        logon.IsAdmin.Should().BeTrue();
        fix44.TryGetMessage(MsgTypes.Pack("ZZ"), out _).Should().BeFalse();
        fix44.TryGetMessage(MsgTypes.Pack("*"), out _).Should().BeFalse();
    }

    [Test]
    public void Components_are_expanded_and_required_only_when_the_whole_chain_is()
    {
        var fix44 = SharedFixData.Fix44;
        var nos = fix44.Message("D");

        // Instrument is a required component whose Symbol is required: Symbol is required in the message.
        nos.TryGetMember(55, out var symbol).Should().BeTrue();
        symbol.Required.Should().BeTrue();

        // Parties is an optional component: its group counter is a member, not required.
        nos.TryGetMember(453, out var parties).Should().BeTrue();
        parties.Required.Should().BeFalse();

        // OrderQtyData is required but OrderQty inside it is not.
        nos.TryGetMember(38, out var orderQty).Should().BeTrue();
        orderQty.Required.Should().BeFalse();

        nos.RequiredTags.Should().Equal(11, 55, 54, 60, 40);
    }

    [Test]
    public void Groups_nest_with_their_delimiter_and_member_order()
    {
        var fix44 = SharedFixData.Fix44;
        var nos = fix44.Message("D");

        var parties = nos.Group(453);
        parties.CounterTag.Should().Be(453);
        parties.DelimiterTag.Should().Be(448);
        parties.Members.Select(m => m.Tag).Should().Equal(448, 447, 452, 802);
        var subIds = parties.Group(802);
        subIds.DelimiterTag.Should().Be(523);
        subIds.Members.Select(m => m.Tag).Should().Equal(523, 803);
        parties.Contains(523).Should().BeFalse("nested group fields belong to the nested group");
        nos.Contains(448).Should().BeFalse("group fields are not body fields");
    }

    [Test]
    public void A_group_from_a_component_is_one_shared_definition()
    {
        var fix44 = SharedFixData.Fix44;
        var nos = fix44.Message("D");
        var executionReport = fix44.Message("8");

        var inOrder = nos.Group(453);
        var inReport = executionReport.Group(453);

        inOrder.Should().BeSameAs(inReport);
    }

    [Test]
    public void Fixt_splits_transport_and_application_dictionaries()
    {
        var transport = SharedFixData.Fixt11;
        var application = SharedFixData.Fix50Sp2;

        transport.IsTransport.Should().BeTrue();
        transport.TryGetMessage("A", out _).Should().BeTrue();
        transport.TryGetMessage("D", out _).Should().BeFalse();
        transport.Header.Contains(1128).Should().BeTrue(); // ApplVerID
        transport.Header.TryGetGroup(627, out _).Should().BeTrue(); // NoHops via the HopGrp component

        application.IsTransport.Should().BeFalse();
        application.Header.Members.Should().BeEmpty();
        var nos = application.Message("D");
        var parties = nos.Group(453);
        parties.TryGetGroup(802, out _).Should().BeTrue();
    }

    [Test]
    public void Data_field_pairs_come_from_the_dictionary()
    {
        var fix42 = SharedFixData.Fix42;

        fix42.DataFieldPairs.DataTagFor(95).Should().Be(96);
        fix42.DataFieldPairs.DataTagFor(93).Should().Be(89);
        fix42.DataFieldPairs.DataTagFor(212).Should().Be(213);
        fix42.DataFieldPairs.DataTagFor(354).Should().Be(355);
        fix42.DataFieldPairs.DataTagFor(11).Should().Be(0);
        SharedFixData.Fix50Sp2.DataFieldPairs.DataTagFor(1401).Should().Be(1402);
        var rawDataLength = fix42.Field(95);
        rawDataLength.DataTag.Should().Be(96);
    }

    [Test]
    public void Loading_from_a_path_and_from_a_stream_agree()
    {
        var path = SharedFixData.SpecPath("FIX42.xml");
        using var stream = File.OpenRead(path);

        var fromStream = DataDictionary.Load(stream);
        var fromPath = DataDictionary.Load(path);

        fromStream.Fields.Count.Should().Be(fromPath.Fields.Count);
        fromStream.Messages.Select(m => m.MsgType).Should().Equal(fromPath.Messages.Select(m => m.MsgType));
    }

    [Test]
    public void A_venue_dictionary_with_custom_fields_components_and_groups_loads()
    {
        var dictionary = DataDictionary.Parse(CustomDictionaries.Venue);

        dictionary.BeginString.Should().Be("FIX.4.4");
        dictionary.FieldName(20001).Should().Be("VenueBigTag");
        var custom = dictionary.Message("U1");
        custom.IsAdmin.Should().BeFalse();
        custom.RequiredTags.Should().Equal(11, 5001, 20001);
        custom.TryGetMember(5002, out var optionalInRequiredChain).Should().BeTrue();
        optionalInRequiredChain.Required.Should().BeFalse();
        custom.TryGetMember(5003, out var requiredInOptionalComponent).Should().BeTrue();
        requiredInOptionalComponent.Required.Should().BeFalse();
        var legs = custom.Group(5010);
        legs.DelimiterTag.Should().Be(5011);
        legs.RequiredTags.Should().Equal(5011, 5012);
        var fills = legs.Group(5020);
        fills.Members.Select(m => m.Tag).Should().Equal(5021, 5022);
        dictionary.DataFieldPairs.DataTagFor(5030).Should().Be(5031);
    }

    [TestCase("<fix major='4' minor='4'><fields/><messages><message name='X' msgtype='X' msgcat='app'><field name='Nope' required='Y'/></message></messages></fix>", "Nope")]
    [TestCase("<fix major='4' minor='4'><fields/><messages><message name='X' msgtype='X' msgcat='app'><component name='Missing' required='Y'/></message></messages></fix>", "Missing")]
    [TestCase("<fix major='4' minor='4'><fields><field number='1' name='A' type='STRING'/></fields><messages><message name='X' msgtype='X'><field name='A'/></message><message name='Y' msgtype='X'><field name='A'/></message></messages></fix>", "twice")]
    [TestCase("<fix major='4' minor='4'><fields><field number='x' name='A' type='STRING'/></fields></fix>", "not a number")]
    [TestCase("<fix major='4' minor='4'><fields><field number='1' name='A' type='STRING'/></fields><messages><message name='X' msgtype='X'><group name='A'/></message></messages></fix>", "no fields")]
    [TestCase("<fix major='4' minor='4'><fields/><components><component name='Loop'><component name='Loop'/></component></components><messages><message name='X' msgtype='X'><component name='Loop'/></message></messages></fix>", "deeper")]
    [TestCase("<fix major='4' minor='4'><fields>", "XML")]
    [TestCase("<dictionary/>", "<fix>")]
    public void Unusable_dictionaries_fail_to_load_with_a_reason(string xml, string reason)
    {
        var load = () => DataDictionary.Parse(xml);

        load.Should().Throw<DataDictionaryException>().WithMessage($"*{reason}*");
    }

    [Test]
    public void Descriptions_of_values_are_available_for_decoded_views()
    {
        SharedFixData.Fix44.DescribeValue(35, Encoding.ASCII.GetBytes("D")).Should().Be("ORDER_SINGLE");
        SharedFixData.Fix42.DescribeValue(40, "2"u8).Should().Be("LIMIT");
    }
}
