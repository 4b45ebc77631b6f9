namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>
/// Validation switches, named and defaulted as the QuickFIX session settings are (.cfg keys in parentheses).
/// The defaults reproduce QuickFIX/n's answers in the acceptance scripts.
/// </summary>
public sealed record FixValidationSettings
{
    public static FixValidationSettings Default { get; } = new();

    /// <summary>(ValidateFieldsOutOfOrder, QuickFIX/n's CheckFieldsOutOfOrder) Reject header fields after the body
    /// or body fields after the trailer: 373=14 "Tag specified out of required order".</summary>
    public bool ValidateFieldsOutOfOrder { get; init; } = true;

    /// <summary>(ValidateFieldsHaveValues) Reject <c>tag=</c> with nothing after '=': 373=4.</summary>
    public bool ValidateFieldsHaveValues { get; init; } = true;

    /// <summary>(ValidateUserDefinedFields) Check user-defined fields (tag 5000 and above) like any other:
    /// defined in the dictionary, allowed in the message, valid enum value. If false they pass unchecked.</summary>
    public bool ValidateUserDefinedFields { get; init; } = true;

    /// <summary>(AllowUnknownMsgFields) Accept fields that are not in the dictionary (373=0) or not defined for the
    /// message type (373=2) at the top level of a message. Fields inside repeating groups must still be members.</summary>
    public bool AllowUnknownMsgFields { get; init; }

    /// <summary>(ValidateUnorderedGroupFields, a QuickFIX/J and QuickFIX C++ setting) Reject group entries whose
    /// fields are not in the dictionary's order: 373=15 "Repeating group fields out of order".</summary>
    public bool ValidateUnorderedGroupFields { get; init; } = true;

    /// <summary>(QuickFIX/n's AllowUnknownFieldValues) Accept values outside a field's enumeration (no 373=5).</summary>
    public bool AllowUnknownFieldValues { get; init; }

    /// <summary>Check the required fields of each repeating-group entry, as QuickFIX C++ and QuickFIX/J do.
    /// (QuickFIX/n checks required fields only at the top level of a message.)</summary>
    public bool ValidateRequiredFieldsInGroups { get; init; } = true;
}
