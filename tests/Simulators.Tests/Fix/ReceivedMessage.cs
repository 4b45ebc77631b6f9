using System.Globalization;
using System.Text;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Simulators.Tests.Fix;

/// <summary>A message the test client received, copied out of the frame (tests may allocate).</summary>
internal sealed class ReceivedMessage
{
    private readonly Dictionary<int, string> _fields = [];

    public ReceivedMessage(in FixMessage message, long receivedAtTicks)
    {
        Raw = Encoding.ASCII.GetString(message.Frame).Replace('\u0001', '|');
        for (var i = 0; i < message.FieldCount; i++)
        {
            _fields.TryAdd(message.TagAt(i), Encoding.ASCII.GetString(message.ValueAt(i)));
        }

        ReceivedAtTicks = receivedAtTicks;
    }

    public string Raw { get; }

    public long ReceivedAtTicks { get; }

    public string MsgType => this[35];

    public string this[int tag] => _fields.TryGetValue(tag, out var value) ? value : "";

    public bool Has(int tag) => _fields.ContainsKey(tag);

    public decimal Decimal(int tag) => decimal.Parse(this[tag], CultureInfo.InvariantCulture);

    /// <summary>ExecType (150).</summary>
    public string ExecType => this[150];

    public string ClOrdId => this[11];

    public override string ToString() => Raw;
}
