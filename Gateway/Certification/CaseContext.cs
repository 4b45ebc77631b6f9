using System.Diagnostics;
using Gateway.Api.Protocol;

namespace Gateway.Certification;

/// <summary>
/// One case while it runs: its orders' labels and client order ids, where its window starts in the strategy's
/// messages and in the session log, what it sent, and which received messages expectations have already matched.
/// </summary>
internal sealed class CaseContext(long startTicks, int apiFrom, long logMark, int venueId)
{
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _labels = [];
    private readonly Dictionary<string, decimal> _prices = new(StringComparer.Ordinal);

    public long StartTicks { get; } = startTicks;

    public int ApiFrom { get; } = apiFrom;

    public long LogMark { get; } = logMark;

    /// <summary>What the strategy sent, with the time since the case began.</summary>
    public List<ExchangedMessage> Sent { get; } = [];

    /// <summary>Indices of strategy messages an expectation has matched.</summary>
    public HashSet<int> ConsumedApi { get; } = [];

    /// <summary>Positions (from the mark) of session-log messages an expectation has matched.</summary>
    public HashSet<int> ConsumedLog { get; } = [];

    public bool HasOrders => _ids.Count > 0;

    public IEnumerable<long> OrderIds => _ids.Values;

    public void Name(string label, long id, decimal price)
    {
        _ids[label] = id;
        _labels[id] = label;
        _prices[label] = price;
    }

    public long IdOf(string label) => _ids[label];

    public decimal PriceOf(string label) => _prices[label];

    public bool Owns(long clientOrderId) => _labels.ContainsKey(clientOrderId);

    /// <summary>The case's label for a client order id (the number itself for one not of this case).</summary>
    public string LabelOf(long clientOrderId) =>
        _labels.TryGetValue(clientOrderId, out var label) ? label : clientOrderId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public TimeSpan Since(long ticks) => Stopwatch.GetElapsedTime(StartTicks, ticks);

    public void RecordSent(string text) => Sent.Add(new ExchangedMessage(Since(Stopwatch.GetTimestamp()), "api", "out", text));

    /// <summary>The client order id a received message is about (the order's, or the replacement's), or 0.</summary>
    public static long OrderOf(object message) => message switch
    {
        OrderAcceptedMessage m => m.ClientOrderId,
        OrderRejectedMessage m => m.ClientOrderId,
        VenueAcceptedMessage m => m.ClientOrderId,
        ReplacedMessage m => m.ClientOrderId,
        CanceledMessage m => m.ClientOrderId,
        CancelRejectedMessage m => m.ClientOrderId,
        FillMessage m => m.ClientOrderId,
        ErrorMessage m => m.ClientOrderId,
        OrderStatusMessage m => m.ClientOrderId,
        _ => 0,
    };

    /// <summary>Whether a received message belongs in this case's report.</summary>
    public bool Concerns(object message) => message switch
    {
        ReplacedMessage m => Owns(m.ClientOrderId) || Owns(m.OrigClientOrderId),
        CancelRejectedMessage m => Owns(m.ClientOrderId) || Owns(m.RequestClientOrderId),
        // Another venue's ups and downs are not this case's business; the strategy's own session and kill switches are.
        SessionStatusMessage m => m.VenueId == venueId || m.Code is not (SessionStatusCode.VenueUp or SessionStatusCode.VenueDown),
        Api.Client.DisconnectReason => true,
        _ => Owns(OrderOf(message)),
    };
}
