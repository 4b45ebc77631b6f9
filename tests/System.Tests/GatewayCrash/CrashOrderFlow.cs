using Gateway.Api.Protocol;

namespace Gateway.System.Tests.GatewayCrash;

/// <summary>
/// The strategy's orders: order n has the unique quantity <see cref="QuantityOf"/> (the key that ties a client order
/// to the venue's ClOrdID, which the gateway chooses), and cycles through four kinds: IOC buys and sells that cross
/// the market maker's quotes (they fill, sometimes over several levels, and end), and Day buys and sells that rest
/// outside the quotes (some are canceled a few orders later, the rest stay open across the crash).
/// </summary>
internal static class CrashOrderFlow
{
    public const long FirstClientOrderId = 1_000;

    private const long Cent = 1_000_000;
    private const long ReferencePrice = 19_000_000_000;

    /// <summary>Orders that are canceled, sent this many orders after the order itself.</summary>
    public const int CancelLag = 6;

    public static long ClientOrderIdOf(int n) => FirstClientOrderId + n;

    public static int IndexOf(long clientOrderId) => (int)(clientOrderId - FirstClientOrderId);

    public static long QuantityOf(int n) => 1 + n;

    public static bool IsImmediateOrCancel(int n) => n % 4 < 2;

    public static Side SideOf(int n) => n % 2 == 0 ? Side.Buy : Side.Sell;

    /// <summary>IOC: 2 cents through the touch (asks 190.01.., bids 189.99..); Day: 10 cents outside it.</summary>
    public static long PriceOf(int n) => (IsImmediateOrCancel(n), SideOf(n)) switch
    {
        (true, Side.Buy) => ReferencePrice + (3 * Cent),
        (true, _) => ReferencePrice - (3 * Cent),
        (false, Side.Buy) => ReferencePrice - (10 * Cent),
        _ => ReferencePrice + (10 * Cent),
    };

    /// <summary>Every other resting buy is canceled by the strategy <see cref="CancelLag"/> orders later.</summary>
    public static bool IsCanceledLater(int n) => n % 8 == 2;
}
