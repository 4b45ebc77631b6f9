namespace Gateway.Sessions.Soup;

/// <summary>
/// Offsets of the SoupBinTCP 4.0 packets, counted from the start of the packet (the length field). The length is a
/// big-endian uint16 counting the type byte and the payload, not itself.
/// <code>
///   every packet    0        2      3
///                   | length | type | payload ...                      |
///
///   Login Request   0        2  3          9            19                29                         49
///   'L', len 47     | 00 2F  | L| Username | Password   | Requested Sess.| Requested Sequence Number |
///                              alpha 6      alpha 10     alpha 10         numeric ASCII 20 (space-padded left)
///
///   Login Accepted  0        2  3          13                         33
///   'A', len 31     | 00 1F  | A| Session  | Sequence Number          |
///                              alpha 10    numeric ASCII 20
///
///   Login Rejected  | 00 02  | J| reason ('A' not authorized, 'S' session not available) |
///   Sequenced Data  | 1+n    | S| message (number implicit: Login Accepted's, then +1 each) |
///   Unsequenced     | 1+n    | U| message |
///   Heartbeats, End of Session, Logout: | 00 01 | H / R / Z / O |
/// </code>
/// </summary>
public static class SoupLayout
{
    public const int HeaderLength = 3;
    public const int LengthOffset = 0;
    public const int TypeOffset = 2;
    public const int PayloadOffset = 3;

    public const int UsernameOffset = 3;
    public const int UsernameLength = 6;
    public const int PasswordOffset = 9;
    public const int PasswordLength = 10;
    public const int RequestedSessionOffset = 19;
    public const int SessionLength = 10;
    public const int RequestedSequenceOffset = 29;
    public const int SequenceLength = 20;
    public const int LoginRequestPacketLength = 49;

    public const int AcceptedSessionOffset = 3;
    public const int AcceptedSequenceOffset = 13;
    public const int LoginAcceptedPacketLength = 33;

    public const int RejectReasonOffset = 3;
    public const int LoginRejectedPacketLength = 4;

    /// <summary>A packet with no payload: heartbeats, End of Session, Logout Request.</summary>
    public const int EmptyPacketLength = 3;

    /// <summary>The largest length field the protocol can carry.</summary>
    public const int MaxLengthField = ushort.MaxValue;
}
