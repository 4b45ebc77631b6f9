using System.Runtime.InteropServices;

namespace Gateway.Benchmarks.Journal;

/// <summary>A 64-byte order state change: the size of the records the order thread journals.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct BenchOrderRecord
{
    public long OrderId;
    public long ClientOrderId;
    public long Price;
    public long Quantity;
    public long LeavesQuantity;
    public long Instrument;
    public long Account;
    public long Timestamp;
}
