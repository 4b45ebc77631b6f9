using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Sessions.Fix.Engine;

/// <summary>The data dictionary's <see cref="FixValidator"/> as the session's validator (one per session).</summary>
internal sealed class DictionaryValidator(FixValidator validator) : IFixMessageValidator
{
    public DataFieldPairs DataFieldPairs => validator.DataFieldPairs;

    public bool Validate(in FixMessage message, out FixValidationFailure failure)
    {
        if (validator.Validate(in message, out var reject))
        {
            failure = default;
            return true;
        }

        var outcome = reject.Kind switch
        {
            FixRejectKind.BusinessReject => FixValidationOutcome.BusinessReject,
            FixRejectKind.Garbled => FixValidationOutcome.Garbled,
            FixRejectKind.IncorrectBeginString => FixValidationOutcome.IncorrectBeginString,
            _ => FixValidationOutcome.SessionReject,
        };

        // Text allocates only for the two templated group texts; every other text is a static string.
        failure = new FixValidationFailure(outcome, reject.Reason, reject.HasRefTagId, reject.RefTagId, reject.Text);
        return false;
    }
}
