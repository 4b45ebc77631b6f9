using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;
using Gateway.Venues.Orders;

namespace Gateway.Venues.Fix;

/// <summary>
/// The body of a NewOrderSingle (D), OrderCancelRequest (F) or OrderCancelReplaceRequest (G), written by the session
/// straight into its send buffer. Which fields go depends on the kind and the dialect (<c>[..]</c>: when known/set):
/// <code>
///  D  11=ClOrdID|[1=Account]|21=HandlInst|55=Symbol|[48=SecurityID|22=Source]|54=Side|60=TransactTime|38=Qty|40=OrdType|[44=Price]|59=TIF|[extras]
///  F  41=OrigClOrdID|11=ClOrdID|[37=OrderID]|[1=Account]|55=Symbol|[48|22]|54=Side|60=TransactTime|[38=Qty]|[extras]
///  G  41=OrigClOrdID|11=ClOrdID|[37=OrderID]|[1=Account]|21=HandlInst|55=Symbol|[48|22]|54=Side|60=TransactTime|38=Qty|40=OrdType|[44=Price]|59=TIF|[extras]
/// </code>
/// 21 goes on D and G for FIX 4.2 and 4.4 only; 44 only for limit orders, from 8 implied decimals without trailing
/// zeros (12345000000 → 123.45). The adapter checked the values (FixRequestCodes, ids, quantity) before building it.
/// </summary>
internal readonly ref struct FixOrderBody : IFixBody
{
    private readonly ref readonly VenueRequest _request;
    private readonly ReadOnlySpan<byte> _symbol;
    private readonly ReadOnlySpan<byte> _securityId;
    private readonly ReadOnlySpan<byte> _securityIdSource;
    private readonly ReadOnlySpan<byte> _account;
    private readonly ReadOnlySpan<byte> _extraTags;
    private readonly char _handlInst;
    private readonly char _side;
    private readonly char _ordType;
    private readonly char _timeInForce;
    private readonly bool _sendOrderId;
    private readonly TimestampPrecision _precision;

    public FixOrderBody(ref readonly VenueRequest request, in FixOrderFields fields)
    {
        _request = ref request;
        _symbol = fields.Symbol;
        _securityId = fields.SecurityId;
        _securityIdSource = fields.SecurityIdSource;
        _account = fields.Account;
        _extraTags = fields.ExtraTags;
        _handlInst = fields.HandlInst;
        _side = fields.Side;
        _ordType = fields.OrdType;
        _timeInForce = fields.TimeInForce;
        _sendOrderId = fields.SendOrderId;
        _precision = fields.Precision;
    }

    public void WriteHeader(ref FixHeaderFields header)
    {
    }

    public void WriteBody(ref FixWriter writer)
    {
        ref readonly var r = ref _request;
        var isNew = r.Kind == VenueRequestKind.NewOrder;
        if (!isNew)
        {
            writer.Add(41, r.OrigClOrdId);
        }

        writer.Add(11, r.ClOrdId);
        if (!isNew && _sendOrderId && !r.VenueOrderId.IsEmpty)
        {
            writer.Add(37, r.VenueOrderId.Span);
        }

        if (!_account.IsEmpty)
        {
            writer.Add(1, _account);
        }

        var isCancel = r.Kind == VenueRequestKind.Cancel;
        if (!isCancel && _handlInst != '\0')
        {
            writer.Add(21, _handlInst);
        }

        writer.Add(55, _symbol);
        if (!_securityId.IsEmpty)
        {
            writer.Add(48, _securityId);
            writer.Add(22, _securityIdSource);
        }

        writer.Add(54, _side);
        writer.AddTimestamp(60, r.TimestampNanos, _precision);
        if (!isCancel || r.Quantity > 0)
        {
            writer.Add(38, r.Quantity);
        }

        if (!isCancel)
        {
            writer.Add(40, _ordType);
            if (r.OrderType == OrderType.Limit)
            {
                writer.Add(44, FixPrices.ToFix(r.Price));
            }

            writer.Add(59, _timeInForce);
        }

        if (!_extraTags.IsEmpty)
        {
            writer.AddRaw(_extraTags);
        }
    }
}

/// <summary>What the adapter looked up for one request (spans into its tables), handed to <see cref="FixOrderBody"/>.</summary>
internal ref struct FixOrderFields
{
    public ReadOnlySpan<byte> Symbol;
    public ReadOnlySpan<byte> SecurityId;
    public ReadOnlySpan<byte> SecurityIdSource;
    public ReadOnlySpan<byte> Account;
    public ReadOnlySpan<byte> ExtraTags;
    public char HandlInst;
    public char Side;
    public char OrdType;
    public char TimeInForce;
    public bool SendOrderId;
    public TimestampPrecision Precision;
}
