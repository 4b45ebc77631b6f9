namespace Gateway.Sessions.Tests.Fix.Dictionary;

/// <summary>Hand-written dictionaries in the QuickFIX format, standing in for a venue's customised file.</summary>
internal static class CustomDictionaries
{
    /// <summary>
    /// FIX 4.4 header/trailer and a custom application message U1 with user-defined fields (5000+), a tag above
    /// 10,000, nested components (required and optional), a group with a nested group, and a data field pair.
    /// </summary>
    public const string Venue = """
        <fix type="FIX" major="4" minor="4" servicepack="0">
          <header>
            <field name="BeginString" required="Y"/>
            <field name="BodyLength" required="Y"/>
            <field name="MsgType" required="Y"/>
            <field name="SenderCompID" required="Y"/>
            <field name="TargetCompID" required="Y"/>
            <field name="MsgSeqNum" required="Y"/>
            <field name="PossDupFlag" required="N"/>
            <field name="SendingTime" required="Y"/>
            <field name="OrigSendingTime" required="N"/>
          </header>
          <trailer>
            <field name="CheckSum" required="Y"/>
          </trailer>
          <messages>
            <message name="Heartbeat" msgtype="0" msgcat="admin">
              <field name="TestReqID" required="N"/>
            </message>
            <message name="Logon" msgtype="A" msgcat="admin">
              <field name="EncryptMethod" required="Y"/>
              <field name="HeartBtInt" required="Y"/>
            </message>
            <message name="VenueOrder" msgtype="U1" msgcat="app">
              <field name="ClOrdID" required="Y"/>
              <component name="RequiredBlock" required="Y"/>
              <component name="OptionalBlock" required="N"/>
              <component name="Legs" required="N"/>
              <field name="VenueBlobLen" required="N"/>
              <field name="VenueBlob" required="N"/>
              <field name="VenueBigTag" required="Y"/>
            </message>
          </messages>
          <components>
            <component name="RequiredBlock">
              <field name="VenueAccount" required="Y"/>
              <field name="VenueFlag" required="N"/>
            </component>
            <component name="OptionalBlock">
              <field name="VenueCode" required="Y"/>
            </component>
            <component name="Legs">
              <group name="NoVenueLegs" required="N">
                <field name="LegRef" required="Y"/>
                <field name="LegQty" required="Y"/>
                <component name="Fills" required="N"/>
              </group>
            </component>
            <component name="Fills">
              <group name="NoLegFills" required="N">
                <field name="FillPx" required="N"/>
                <field name="FillQty" required="N"/>
              </group>
            </component>
          </components>
          <fields>
            <field number="8" name="BeginString" type="STRING"/>
            <field number="9" name="BodyLength" type="LENGTH"/>
            <field number="10" name="CheckSum" type="STRING"/>
            <field number="11" name="ClOrdID" type="STRING"/>
            <field number="34" name="MsgSeqNum" type="SEQNUM"/>
            <field number="35" name="MsgType" type="STRING"/>
            <field number="43" name="PossDupFlag" type="BOOLEAN"/>
            <field number="49" name="SenderCompID" type="STRING"/>
            <field number="52" name="SendingTime" type="UTCTIMESTAMP"/>
            <field number="56" name="TargetCompID" type="STRING"/>
            <field number="98" name="EncryptMethod" type="INT">
              <value enum="0" description="NONE_OTHER"/>
            </field>
            <field number="108" name="HeartBtInt" type="INT"/>
            <field number="112" name="TestReqID" type="STRING"/>
            <field number="122" name="OrigSendingTime" type="UTCTIMESTAMP"/>
            <field number="5001" name="VenueAccount" type="STRING"/>
            <field number="5002" name="VenueFlag" type="BOOLEAN"/>
            <field number="5003" name="VenueCode" type="CHAR">
              <value enum="A" description="ALPHA"/>
              <value enum="B" description="BRAVO"/>
            </field>
            <field number="5010" name="NoVenueLegs" type="NUMINGROUP"/>
            <field number="5011" name="LegRef" type="STRING"/>
            <field number="5012" name="LegQty" type="QTY"/>
            <field number="5020" name="NoLegFills" type="NUMINGROUP"/>
            <field number="5021" name="FillPx" type="PRICE"/>
            <field number="5022" name="FillQty" type="QTY"/>
            <field number="5030" name="VenueBlobLen" type="LENGTH"/>
            <field number="5031" name="VenueBlob" type="DATA"/>
            <field number="20001" name="VenueBigTag" type="INT"/>
          </fields>
        </fix>
        """;
}
