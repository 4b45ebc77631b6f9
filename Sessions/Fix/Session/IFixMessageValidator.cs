using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// Checks an inbound message against the session's data dictionary before the session acts on it. The engine
/// plugs the dictionary's validator in; a session without one (UseDataDictionary=N) checks only what it reads.
/// </summary>
public interface IFixMessageValidator
{
    /// <summary>Length/data field pairs to scan frames with (RawDataLength 95 before RawData 96, ...).</summary>
    DataFieldPairs DataFieldPairs { get; }

    /// <summary>False if the message must not be processed; <paramref name="failure"/> says how to answer.</summary>
    bool Validate(in FixMessage message, out FixValidationFailure failure);
}

public enum FixValidationOutcome : byte
{
    /// <summary>Session-level Reject (35=3) with the reason, RefTagID and text.</summary>
    SessionReject,

    /// <summary>BusinessMessageReject (35=j) with the reason and text.</summary>
    BusinessReject,

    /// <summary>Not a usable message (first three fields, unscannable): ignored, as QuickFIX/n ignores a parse error.</summary>
    Garbled,

    /// <summary>BeginString is not the session's: Logout "Incorrect BeginString (value)".</summary>
    IncorrectBeginString,
}

/// <summary>
/// Why a message failed validation. <see cref="Text"/> is QuickFIX/n's exact wording; null means the standard
/// wording of the reason. <see cref="RefTagId"/> is meaningful only if <see cref="HasRefTagId"/>.
/// </summary>
public readonly record struct FixValidationFailure(
    FixValidationOutcome Outcome,
    int Reason,
    bool HasRefTagId,
    int RefTagId,
    string? Text);
