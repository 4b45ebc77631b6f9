namespace Gateway.Simulators.Ouch;

/// <summary>
/// The reasons the simulator gives in Rejected: OUCH 4.2's letters, and OUCH 5.0's numeric codes (the 5.0
/// specification's Reject Reason table; where this and the PDF disagree, the PDF wins).
/// </summary>
internal static class OuchRejectReasons
{
    // OUCH 4.2 (Rejected 'J', offset 23)
    public const byte InvalidStock42 = (byte)'S';
    public const byte SharesExceedThreshold42 = (byte)'Z';
    public const byte InvalidPrice42 = (byte)'X';
    public const byte InvalidMinimumQuantity42 = (byte)'N';
    public const byte Other42 = (byte)'O';

    // OUCH 5.0 (Rejected 'J', offset 13, uint16)
    public const ushort InvalidSide50 = 0x0009;
    public const ushort InvalidMinimumQuantity50 = 0x000D;
    public const ushort Other50 = 0x000F;
    public const ushort InvalidQuantity50 = 0x0013;
    public const ushort ReplaceNotAllowed50 = 0x0015;
    public const ushort InvalidSymbol50 = 0x0017;
    public const ushort InvalidPrice50 = 0x001D;
    public const ushort SharesExceedThreshold50 = 0x001E;

    // Canceled reasons (both dialects)
    public const byte UserRequested = (byte)'U';
    public const byte ImmediateOrCancel = (byte)'I';
    public const byte Supervisory = (byte)'S';

    // Executed liquidity flags
    public const byte Added = (byte)'A';
    public const byte Removed = (byte)'R';
}
