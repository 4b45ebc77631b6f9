using System.Text;

namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>The Text (58) of a reject, one per distinct QuickFIX/n wording.</summary>
public enum FixRejectText : byte
{
    None = 0,

    // SessionRejectReason descriptions, as QuickFIX/n writes them into 58.
    InvalidTagNumber,
    RequiredTagMissing,
    TagNotDefinedForMessageType,
    UndefinedTag,
    TagSpecifiedWithoutValue,
    ValueIsIncorrect,
    IncorrectDataFormat,
    DecryptionProblem,
    SignatureProblem,
    CompIdProblem,
    SendingTimeAccuracyProblem,
    InvalidMsgType,
    XmlValidationError,
    TagAppearsMoreThanOnce,
    TagSpecifiedOutOfRequiredOrder,
    RepeatingGroupFieldsOutOfOrder,
    IncorrectNumInGroupCount,
    NonDataValueIncludesFieldDelimiter,
    Other,

    /// <summary>"Group {counter}'s first entry does not start with delimiter {delimiter}" (reason 99).</summary>
    GroupDoesNotStartWithDelimiter,

    /// <summary>"Group {counter} contains a repeat occurrence of tag {tag} in a single group, which is illegal." (reason 99).</summary>
    GroupRepeatsTagWithoutDelimiter,

    // BusinessRejectReason descriptions.
    BusinessOther,
    UnknownId,
    UnknownSecurity,
    UnsupportedMessageType,
    ApplicationNotAvailable,
    ConditionallyRequiredFieldMissing,
    NotAuthorized,
    DeliverToFirmNotAvailable,

    // Not sent to the counterparty: reasons to drop the message or log out, for the event log.
    HeaderFieldsOutOfOrder,
    GarbledMessage,
    IncorrectBeginString,
}

/// <summary>The wording of each <see cref="FixRejectText"/>: static strings and their ASCII bytes, built once.</summary>
public static class FixRejectTexts
{
    private static readonly string[] Strings = CreateStrings();
    private static readonly byte[][] Bytes = Array.ConvertAll(Strings, Encoding.ASCII.GetBytes);

    /// <summary>The text; for the two group texts the template with {0} and {1} (see <see cref="FixReject.WriteText"/>).</summary>
    public static string Get(FixRejectText text) => Strings[(int)text];

    public static ReadOnlySpan<byte> GetBytes(FixRejectText text) => Bytes[(int)text];

    /// <summary>The text QuickFIX/n uses for a SessionRejectReason (373) value.</summary>
    public static FixRejectText ForSessionReason(int reason) => reason switch
    {
        >= SessionRejectReason.InvalidTagNumber and <= SessionRejectReason.NonDataValueIncludesFieldDelimiter =>
            (FixRejectText)((int)FixRejectText.InvalidTagNumber + reason),
        _ => FixRejectText.Other,
    };

    /// <summary>The text QuickFIX/n uses for a BusinessRejectReason (380) value.</summary>
    public static FixRejectText ForBusinessReason(int reason) => reason switch
    {
        >= BusinessRejectReason.Other and <= BusinessRejectReason.DeliverToFirmNotAvailable => (FixRejectText)((int)FixRejectText.BusinessOther + reason),
        _ => FixRejectText.BusinessOther,
    };

    private static string[] CreateStrings()
    {
        var s = new string[(int)FixRejectText.IncorrectBeginString + 1];
        s[(int)FixRejectText.None] = "";
        s[(int)FixRejectText.InvalidTagNumber] = "Invalid tag number";
        s[(int)FixRejectText.RequiredTagMissing] = "Required tag missing";
        s[(int)FixRejectText.TagNotDefinedForMessageType] = "Tag not defined for this message type";
        s[(int)FixRejectText.UndefinedTag] = "Undefined Tag";
        s[(int)FixRejectText.TagSpecifiedWithoutValue] = "Tag specified without a value";
        s[(int)FixRejectText.ValueIsIncorrect] = "Value is incorrect (out of range) for this tag";
        s[(int)FixRejectText.IncorrectDataFormat] = "Incorrect data format for value";
        s[(int)FixRejectText.DecryptionProblem] = "Decryption problem";
        s[(int)FixRejectText.SignatureProblem] = "Signature problem";
        s[(int)FixRejectText.CompIdProblem] = "CompID problem";
        s[(int)FixRejectText.SendingTimeAccuracyProblem] = "SendingTime accuracy problem";
        s[(int)FixRejectText.InvalidMsgType] = "Invalid MsgType";
        s[(int)FixRejectText.XmlValidationError] = "XML validation error";
        s[(int)FixRejectText.TagAppearsMoreThanOnce] = "Tag appears more than once";
        s[(int)FixRejectText.TagSpecifiedOutOfRequiredOrder] = "Tag specified out of required order";
        s[(int)FixRejectText.RepeatingGroupFieldsOutOfOrder] = "Repeating group fields out of order";
        s[(int)FixRejectText.IncorrectNumInGroupCount] = "Incorrect NumInGroup count for repeating group";
        s[(int)FixRejectText.NonDataValueIncludesFieldDelimiter] = "Non-data value includes field delimiter";
        s[(int)FixRejectText.Other] = "Other";
        s[(int)FixRejectText.GroupDoesNotStartWithDelimiter] = "Group {0}'s first entry does not start with delimiter {1}";
        s[(int)FixRejectText.GroupRepeatsTagWithoutDelimiter] =
            "Group {0} contains a repeat occurrence of tag {1} in a single group, which is illegal.";
        s[(int)FixRejectText.BusinessOther] = "Other";
        s[(int)FixRejectText.UnknownId] = "Unknown ID";
        s[(int)FixRejectText.UnknownSecurity] = "Unknown Security";
        s[(int)FixRejectText.UnsupportedMessageType] = "Unsupported Message Type";
        s[(int)FixRejectText.ApplicationNotAvailable] = "Application Not Available";
        s[(int)FixRejectText.ConditionallyRequiredFieldMissing] = "Conditionally Required Field Missing";
        s[(int)FixRejectText.NotAuthorized] = "Not authorized";
        s[(int)FixRejectText.DeliverToFirmNotAvailable] = "DeliverTo Firm Not Available At This Time";
        s[(int)FixRejectText.HeaderFieldsOutOfOrder] = "Header fields out of order";
        s[(int)FixRejectText.GarbledMessage] = "Garbled message";
        s[(int)FixRejectText.IncorrectBeginString] = "Incorrect BeginString";
        return s;
    }
}
