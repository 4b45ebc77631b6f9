namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// The first structural problem met while scanning a frame into a <see cref="FixFieldTable"/>.
/// The scan never throws: the session maps these onto a Reject (373) or drops the frame.
/// </summary>
public enum FixScanError : byte
{
    None = 0,

    /// <summary>A tag is empty, not all digits, zero, or too large (Reject 373=0).</summary>
    InvalidTagNumber,

    /// <summary><c>tag=</c> followed directly by SOH (Reject 373=4).</summary>
    TagWithoutValue,

    /// <summary>A field with no '=' or no closing SOH: the frame is garbled.</summary>
    Garbled,

    /// <summary>A data field whose declared length runs past the frame or is not followed by SOH.</summary>
    BadDataLength,

    /// <summary>More fields than <see cref="FixFieldTable.MaxFields"/>.</summary>
    TooManyFields,
}
