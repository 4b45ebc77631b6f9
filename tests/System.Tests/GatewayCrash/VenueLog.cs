using System.Globalization;

namespace Gateway.System.Tests.GatewayCrash;

/// <summary>One order as the venue saw it, from its message log.</summary>
internal sealed class VenueOrder(string clOrdId, long quantity)
{
    public string ClOrdId { get; } = clOrdId;

    public long Quantity { get; } = quantity;

    /// <summary>NewOrderSingles with this ClOrdID that were not PossDup resends (more than one: sent twice).</summary>
    public int NewOrders { get; set; }

    /// <summary>PossDup (43=Y) NewOrderSingles with this ClOrdID.</summary>
    public int PossDupNewOrders { get; set; }

    /// <summary>CumQty (14) of the last ExecutionReport about the order.</summary>
    public long CumQuantity { get; set; }

    /// <summary>Sum of LastQty (32) over the trades reported (first sends only).</summary>
    public long TradedQuantity { get; set; }

    /// <summary>OrdStatus (39) of the last ExecutionReport about the order; '\0' before any.</summary>
    public char OrdStatus { get; set; }

    public override string ToString() =>
        $"venue order {ClOrdId}: qty={Quantity} newOrders={NewOrders} possDupNewOrders={PossDupNewOrders} " +
        $"cum={CumQuantity} traded={TradedQuantity} ordStatus={(OrdStatus == '\0' ? "-" : OrdStatus.ToString())}";
}

/// <summary>
/// The simulator's message log (<c>&lt;session&gt;.messages.log</c>, lines <c>TIMESTAMP IN  8=FIX.4.4␁…</c> or
/// <c>OUT</c>; see LogLineFormat) read back into what the venue received and answered: the NewOrderSingles per
/// ClOrdID (first sends and PossDup resends apart), its cancels, and per order the ExecutionReports it sent.
/// </summary>
internal sealed class VenueLog
{
    private readonly Dictionary<string, VenueOrder> _orders = new(StringComparer.Ordinal);

    private VenueLog()
    {
    }

    /// <summary>Venue orders by ClOrdID.</summary>
    public IReadOnlyDictionary<string, VenueOrder> Orders => _orders;

    /// <summary>Every ClOrdID that arrived as a new order for each quantity (the strategy's key of an order).</summary>
    public Dictionary<long, List<VenueOrder>> ByQuantity { get; } = [];

    public int Lines { get; private set; }

    public int ResentExecutionReports { get; private set; }

    public static VenueLog Read(string logDirectory)
    {
        var files = Directory.GetFiles(logDirectory, "*.messages.log");
        if (files.Length != 1)
        {
            throw new InvalidOperationException($"expected one message log in {logDirectory}, found {files.Length}");
        }

        var log = new VenueLog();
        foreach (var line in File.ReadLines(files[0]))
        {
            log.Add(line);
        }

        return log;
    }

    /// <summary>Lines the log lost because its ring was full (the event log says so).</summary>
    public static bool LostRecords(string logDirectory) =>
        Directory.GetFiles(logDirectory, "*.event.log").Any(f => File.ReadAllText(f).Contains("ring full", StringComparison.Ordinal));

    private void Add(string line)
    {
        Lines++;
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || line.Length < space + 5)
        {
            return;
        }

        var incoming = line.AsSpan(space + 1, 4).SequenceEqual("IN  ");
        var fields = Fields(line[(space + 5)..]);
        var msgType = fields.GetValueOrDefault(35, "");
        var possDup = fields.GetValueOrDefault(43, "N") == "Y";
        if (incoming && msgType == "D")
        {
            AddNewOrder(fields, possDup);
        }
        else if (!incoming && msgType == "8")
        {
            AddReport(fields, possDup);
        }
    }

    private void AddNewOrder(Dictionary<int, string> fields, bool possDup)
    {
        var clOrdId = fields[11];
        var quantity = long.Parse(fields[38], CultureInfo.InvariantCulture);
        if (!_orders.TryGetValue(clOrdId, out var order))
        {
            order = new VenueOrder(clOrdId, quantity);
            _orders.Add(clOrdId, order);
            if (!ByQuantity.TryGetValue(quantity, out var same))
            {
                same = [];
                ByQuantity.Add(quantity, same);
            }

            same.Add(order);
        }

        if (possDup)
        {
            order.PossDupNewOrders++;
        }
        else
        {
            order.NewOrders++;
        }
    }

    private void AddReport(Dictionary<int, string> fields, bool possDup)
    {
        if (possDup)
        {
            // The same report again, asked for by the gateway's ResendRequest after its restart.
            ResentExecutionReports++;
            return;
        }

        // A cancel's report carries the cancel's ClOrdID in 11 and the order's in 41.
        var key = fields.TryGetValue(41, out var orig) ? orig : fields.GetValueOrDefault(11, "");
        if (!_orders.TryGetValue(key, out var order))
        {
            return;
        }

        order.CumQuantity = long.Parse(fields.GetValueOrDefault(14, "0"), CultureInfo.InvariantCulture);
        order.OrdStatus = fields.GetValueOrDefault(39, "?")[0];
        if (fields.GetValueOrDefault(150, "") is "F" or "1" or "2" && fields.TryGetValue(32, out var last))
        {
            order.TradedQuantity += long.Parse(last, CultureInfo.InvariantCulture);
        }
    }

    private static Dictionary<int, string> Fields(string frame)
    {
        var fields = new Dictionary<int, string>();
        foreach (var field in frame.Split('\u0001', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = field.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && int.TryParse(field.AsSpan(0, equals), NumberStyles.None, CultureInfo.InvariantCulture, out var tag))
            {
                fields[tag] = field[(equals + 1)..];
            }
        }

        return fields;
    }
}
