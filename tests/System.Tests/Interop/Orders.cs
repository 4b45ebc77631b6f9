using System.Globalization;

namespace Gateway.System.Tests.Interop;

/// <summary>Bodies of the application messages the tests send, per FIX version.</summary>
internal static class Orders
{
    /// <summary>Side (54).</summary>
    public const char Buy = '1';
    public const char Sell = '2';

    /// <summary>
    /// A day limit NewOrderSingle (35=D): ClOrdID, HandlInst (FIX 4.2 requires it; later versions take it),
    /// Symbol, Side, TransactTime, OrderQty, OrdType=2, Price, TimeInForce=0.
    /// </summary>
    public static string LimitOrder(string clOrdId, char side = Buy, int quantity = 100, string price = "10.25", string symbol = "MSFT") =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"11={clOrdId}|21=1|55={symbol}|54={side}|60={DateTime.UtcNow:yyyyMMdd-HH:mm:ss.fff}|38={quantity}|40=2|44={price}|59=0|");

    /// <summary>A TestRequest (35=1) body.</summary>
    public static string TestRequest(string testReqId) => $"112={testReqId}|";
}
