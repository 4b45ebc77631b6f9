using Gateway.Benchmarks.Fix.RoundTrip;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;

namespace Gateway.Benchmarks.Fix.Validate;

/// <summary>
/// What the session does with a received NewOrderSingle before the application acts on it, minus the socket:
/// scan the frame into the field table, validate it against FIX44.xml as a session with the default settings does
/// (QuickFIX's Validate* defaults), then read the fields an adapter needs.
/// </summary>
public sealed class ParseValidateWorkload
{
    private readonly FixFieldTable _table = new();
    private readonly FixValidator _validator;
    private readonly DataFieldPairs _dataFields;

    public ParseValidateWorkload()
    {
        _validator = new FixValidator(DataDictionary.Load(SharedSpec.PathOf(SharedSpec.Fix44)));
        _dataFields = _validator.DataFieldPairs;
        Frame = NewOrderSample.Frame();
        if (!ParseValidate(Frame, out _))
        {
            _validator.Validate(new FixMessage(Frame, _table), out var reject);
            throw new InvalidOperationException($"the sample order does not validate: 373={reject.Reason} 371={reject.RefTagId} {reject.Text}");
        }
    }

    public byte[] Frame { get; }

    /// <summary>Scan + validate + adapter reads; returns the order's price in ticks of 0.0001 (0 if anything failed).</summary>
    public long ParseValidateRead(ReadOnlySpan<byte> frame) =>
        ParseValidate(frame, out var priceTicks) ? priceTicks : 0;

    public int Scan(ReadOnlySpan<byte> frame) => _table.Scan(frame, _dataFields);

    /// <summary>Validation alone, of a frame <see cref="Scan"/> has just scanned.</summary>
    public bool ValidateScanned(ReadOnlySpan<byte> frame) => _validator.Validate(new FixMessage(frame, _table), out _);

    private bool ParseValidate(ReadOnlySpan<byte> frame, out long priceTicks)
    {
        priceTicks = 0;
        _table.Scan(frame, _dataFields);
        var msg = new FixMessage(frame, _table);
        if (!_validator.Validate(in msg, out _) || msg.MsgType != MsgTypes.NewOrderSingle)
        {
            return false;
        }

        return NewOrder.TryRead(in msg, out var order)
            && order.Price.TryToScaled(4, out priceTicks)
            && order.Quantity.TryToScaled(0, out _);
    }
}
