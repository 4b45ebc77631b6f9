namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>SessionRejectReason (373) values, with QuickFIX/n's wording for Text (58).</summary>
public static class SessionRejectReason
{
    public const int InvalidTagNumber = 0;
    public const int RequiredTagMissing = 1;
    public const int TagNotDefinedForMessageType = 2;
    public const int UndefinedTag = 3;
    public const int TagSpecifiedWithoutValue = 4;
    public const int ValueIsIncorrect = 5;
    public const int IncorrectDataFormat = 6;
    public const int DecryptionProblem = 7;
    public const int SignatureProblem = 8;
    public const int CompIdProblem = 9;
    public const int SendingTimeAccuracyProblem = 10;
    public const int InvalidMsgType = 11;
    public const int XmlValidationError = 12;
    public const int TagAppearsMoreThanOnce = 13;
    public const int TagSpecifiedOutOfRequiredOrder = 14;
    public const int RepeatingGroupFieldsOutOfOrder = 15;
    public const int IncorrectNumInGroupCount = 16;
    public const int NonDataValueIncludesFieldDelimiter = 17;
    public const int Other = 99;

    /// <summary>The Text (58) QuickFIX/n writes for a reason.</summary>
    public static string Describe(int reason) => reason switch
    {
        InvalidTagNumber => "Invalid tag number",
        RequiredTagMissing => "Required tag missing",
        TagNotDefinedForMessageType => "Tag not defined for this message type",
        UndefinedTag => "Undefined Tag",
        TagSpecifiedWithoutValue => "Tag specified without a value",
        ValueIsIncorrect => "Value is incorrect (out of range) for this tag",
        IncorrectDataFormat => "Incorrect data format for value",
        DecryptionProblem => "Decryption problem",
        SignatureProblem => "Signature problem",
        CompIdProblem => "CompID problem",
        SendingTimeAccuracyProblem => "SendingTime accuracy problem",
        InvalidMsgType => "Invalid MsgType",
        XmlValidationError => "XML Validation error",
        TagAppearsMoreThanOnce => "Tag appears more than once",
        TagSpecifiedOutOfRequiredOrder => "Tag specified out of required order",
        RepeatingGroupFieldsOutOfOrder => "Repeating group fields out of order",
        IncorrectNumInGroupCount => "Incorrect NumInGroup count for repeating group",
        NonDataValueIncludesFieldDelimiter => "Non Data value includes field delimiter",
        _ => "Other",
    };
}

/// <summary>BusinessRejectReason (380) values, with QuickFIX/n's wording for Text (58).</summary>
public static class BusinessRejectReason
{
    public const int Other = 0;
    public const int UnknownId = 1;
    public const int UnknownSecurity = 2;
    public const int UnsupportedMessageType = 3;
    public const int ApplicationNotAvailable = 4;
    public const int ConditionallyRequiredFieldMissing = 5;
    public const int NotAuthorized = 6;
    public const int DeliverToFirmNotAvailable = 7;
    public const int InvalidPriceIncrement = 18;

    public static string Describe(int reason) => reason switch
    {
        UnknownId => "Unknown ID",
        UnknownSecurity => "Unknown Security",
        UnsupportedMessageType => "Unsupported Message Type",
        ApplicationNotAvailable => "Application not available",
        ConditionallyRequiredFieldMissing => "Conditionally Required Field Missing",
        NotAuthorized => "Not authorized",
        DeliverToFirmNotAvailable => "DeliverTo firm not available at this time",
        InvalidPriceIncrement => "Invalid price increment",
        _ => "Other",
    };
}
