using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gateway.Journal;

namespace Gateway.Tests.Journal;

/// <summary>Record types of the tests.</summary>
internal static class TestRecordType
{
    public const ushort Order = 1;
    public const ushort Cancel = 2;
    public const ushort Flag = 3;
}

/// <summary>A 64-byte order record whose every field is derived from its id, so a replay can check each byte.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct TestOrder
{
    public long OrderId;
    public long Price;
    public long Quantity;
    public long Side;
    public long Account;
    public long Instrument;
    public long ClientTime;
    public long Check;

    public static TestOrder For(long id) => new()
    {
        OrderId = id,
        Price = id * 7,
        Quantity = id % 1000,
        Side = id & 1,
        Account = id ^ 0x5A5A,
        Instrument = id % 17,
        ClientTime = id << 3,
        Check = ~id,
    };
}

/// <summary>A 12-byte record (16 with padding): frames of another length than <see cref="TestOrder"/>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct TestCancel
{
    public long OrderId;
    public int Reason;
}

/// <summary>A record larger than a 4 KiB segment can take.</summary>
[InlineArray(5000)]
internal struct TooLargeRecord
{
    private byte _element;
}

internal readonly record struct ReplayedRecord(ushort RecordType, long Sequence, byte[] Payload);

/// <summary>Collects every replayed record (a struct handler holding a list: the replay calls it by value through ref).</summary>
internal struct RecordCollector : IJournalReplayHandler
{
    public RecordCollector()
    {
        Records = [];
    }

    public List<ReplayedRecord> Records { get; }

    public readonly void OnRecord(ushort recordType, long sequence, ReadOnlySpan<byte> payload) =>
        Records.Add(new ReplayedRecord(recordType, sequence, payload.ToArray()));
}

/// <summary>A fresh directory under the temp path, deleted on dispose.</summary>
internal sealed class JournalDirectory : IDisposable
{
    public JournalDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gateway-tests", "journal-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public JournalOptions Options(string name = "orders", int segmentBytes = 64 * 1024) =>
        new(Path, name) { SegmentBytes = segmentBytes };

    /// <summary>Segment file <paramref name="index"/> of journal <paramref name="name"/>.</summary>
    public string Segment(long index, string name = "orders") => System.IO.Path.Combine(Path, $"{name}.{index:D6}.journal");

    public string[] Orphans() => Directory.GetFiles(Path, "*.orphan");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed child's files may be released a moment later; the temp path is cleaned eventually.
        }
    }
}

internal static class JournalTestExtensions
{
    /// <summary>Opens the journal, collecting its records.</summary>
    public static OrderJournal OpenCollecting(this JournalOptions options, out List<ReplayedRecord> records)
    {
        var collector = new RecordCollector();
        var journal = OrderJournal.Open(options, ref collector);
        records = collector.Records;
        return journal;
    }

    public static List<ReplayedRecord> ReadAll(this JournalOptions options)
    {
        using var journal = options.OpenCollecting(out var records);
        return records;
    }

    public static TestOrder AsOrder(this ReplayedRecord record) => MemoryMarshal.Read<TestOrder>(record.Payload);
}
