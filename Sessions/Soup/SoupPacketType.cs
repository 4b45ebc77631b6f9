namespace Gateway.Sessions.Soup;

/// <summary>The SoupBinTCP 4.0 packet types: the byte after the length.</summary>
public static class SoupPacketType
{
    public const byte Debug = (byte)'+';
    public const byte LoginAccepted = (byte)'A';
    public const byte LoginRejected = (byte)'J';
    public const byte SequencedData = (byte)'S';
    public const byte ServerHeartbeat = (byte)'H';
    public const byte EndOfSession = (byte)'Z';
    public const byte LoginRequest = (byte)'L';
    public const byte UnsequencedData = (byte)'U';
    public const byte ClientHeartbeat = (byte)'R';
    public const byte LogoutRequest = (byte)'O';
}

/// <summary>Login Rejected reason codes.</summary>
public enum SoupLoginRejectReason : byte
{
    None = 0,

    /// <summary>'A': the username/password is not valid.</summary>
    NotAuthorized = (byte)'A',

    /// <summary>'S': the requested session is not available.</summary>
    SessionNotAvailable = (byte)'S',
}
