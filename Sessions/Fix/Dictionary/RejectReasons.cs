namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>SessionRejectReason (373) values.</summary>
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
}

/// <summary>BusinessRejectReason (380) values.</summary>
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
}
