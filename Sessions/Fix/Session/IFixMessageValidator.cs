using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// Checks an inbound message against the session's data dictionary before the session acts on it. The engine
/// plugs the dictionary's validator in; a session without one (UseDataDictionary=N) checks only what it reads.
/// </summary>
public interface IFixMessageValidator
{
    /// <summary>False if the message must be rejected; <paramref name="failure"/> says how.</summary>
    bool Validate(in FixMessage message, out FixValidationFailure failure);
}

/// <summary>
/// Why a message failed validation: a session Reject (373, 371, 58) or a BusinessMessageReject (380, 58).
/// Text is QuickFIX/n's exact wording; null means the standard wording of the reason.
/// </summary>
public readonly record struct FixValidationFailure(
    bool IsBusinessReject,
    int SessionRejectReason,
    int RefTagId,
    int BusinessRejectReason,
    string? Text);
