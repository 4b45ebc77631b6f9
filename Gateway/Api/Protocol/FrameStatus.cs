namespace Gateway.Api.Protocol;

/// <summary>What <see cref="ApiFrameReader.TryRead"/> found at the start of the received bytes.</summary>
public enum FrameStatus : byte
{
    /// <summary>Not a whole frame yet: read more and try again. Nothing to consume.</summary>
    NeedMore = 0,

    /// <summary>One whole message of a known type and the current version: consume its length after handling it.</summary>
    Frame = 1,

    /// <summary>A well-framed message of a type this side does not know: answer an error, consume its length, carry on.</summary>
    UnknownType = 2,

    /// <summary>A well-framed message of another protocol version: answer an error, consume its length, carry on.</summary>
    BadVersion = 3,

    // Fatal: the stream has lost its frame boundaries, so nothing after this point can be trusted. Close the connection.

    /// <summary>Fatal: the header's length is below the header's own size.</summary>
    LengthTooShort = 4,

    /// <summary>Fatal: the header's length is above <see cref="ApiWire.MaxMessageSize"/>.</summary>
    LengthTooLong = 5,

    /// <summary>Fatal: a known type whose length is not the type's fixed size.</summary>
    LengthMismatch = 6,
}

public static class FrameStatusExtensions
{
    /// <summary>True when the stream cannot be framed any more and the connection must be closed.</summary>
    public static bool IsFatal(this FrameStatus status) => status >= FrameStatus.LengthTooShort;
}
