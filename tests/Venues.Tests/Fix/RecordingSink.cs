using Gateway.Venues.Orders;

namespace Gateway.Venues.Tests.Fix;

/// <summary>Keeps every report in a preallocated array (recording allocates nothing once it has room).</summary>
internal sealed class RecordingSink : IVenueReportSink
{
    private VenueReport[] _reports = new VenueReport[4096];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public VenueReport this[int index] => _reports[index];

    public VenueReport Last => _reports[_count - 1];

    /// <summary>The reports so far (a copy; reading from another thread: only those counted are complete).</summary>
    public VenueReport[] ToArray() => _reports.AsSpan(0, Count).ToArray();

    public void OnReport(in VenueReport report)
    {
        if (_count == _reports.Length)
        {
            Array.Resize(ref _reports, _reports.Length * 2);
        }

        _reports[_count] = report;
        Volatile.Write(ref _count, _count + 1);
    }

    public void Clear() => _count = 0;
}
