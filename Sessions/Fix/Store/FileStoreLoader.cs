using Microsoft.Win32.SafeHandles;

namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// Reads a file store back (on open and on Refresh): the current seqnums slot, the valid prefix of the index and
/// the body length it implies. Cold path. The layouts and the recovery rules are in <see cref="FileStoreLayout"/>.
/// </summary>
internal static class FileStoreLoader
{
    private const int RecordsPerChunk = 2730; // 65,520 bytes of index a read

    internal readonly record struct State(SeqNumSlot Slot, long RecordCount, long BodyLength, int MaxSeqAfterWatermark, FileStoreRecovery Report);

    /// <param name="truncate">Cut invalid tails off the files (on open); Refresh only reads.</param>
    public static State Load(SafeFileHandle body, SafeFileHandle index, SafeFileHandle seqNums, long nowNanos, bool truncate, string name)
    {
        var created = !TryReadSlot(seqNums, name, out var slot);
        if (created)
        {
            // No seqnums: a new store. Messages without seqnums are meaningless, so they go too.
            slot = new SeqNumSlot(1, 1, 0, nowNanos, 0);
        }

        var bodyFileLength = RandomAccess.GetLength(body);
        var indexFileLength = RandomAccess.GetLength(index);
        var intact = created ? 0 : CountIntactRecords(index, indexFileLength, bodyFileLength);
        var records = TrimUnmatchedTail(body, index, intact);
        var bodyLength = records == 0 ? 0 : ReadRecord(index, records - 1).End;

        // Records dropped only because their frame did not reach the body still say their seqnum was used.
        var maxSeq = MaxSeqNum(index, Math.Min(slot.Watermark, intact), intact);
        var watermark = Math.Min(slot.Watermark, records);
        var indexLength = records * FileStoreLayout.IndexRecordLength;
        var droppedIndex = Math.Min(indexFileLength, WholeRecords(EndOfNonZero(index, indexLength, indexFileLength))) - indexLength;
        var droppedBody = EndOfNonZero(body, bodyLength, bodyFileLength) - bodyLength;
        if (truncate)
        {
            // Zeros after the content are space the writer reserved: left alone (a live writer has them mapped).
            Cut(index, droppedIndex, indexLength);
            Cut(body, droppedBody, bodyLength);
        }

        var report = new FileStoreRecovery(
            records,
            droppedIndex,
            droppedBody,
            maxSeq + 1 > slot.NextSender,
            created);
        return new State(slot with { Watermark = watermark }, records, bodyLength, maxSeq, report);
    }

    /// <summary>The valid slot with the highest generation; false if the file is empty; throws if no slot is valid.</summary>
    private static bool TryReadSlot(SafeFileHandle seqNums, string name, out SeqNumSlot slot)
    {
        Span<byte> both = stackalloc byte[FileStoreLayout.SlotLength * FileStoreLayout.SlotCount];
        var read = ReadFully(seqNums, both, 0);
        if (read == 0)
        {
            slot = default;
            return false;
        }

        var found = false;
        slot = default;
        for (var i = 0; i < FileStoreLayout.SlotCount; i++)
        {
            var start = i * FileStoreLayout.SlotLength;
            if (read >= start + FileStoreLayout.SlotLength
                && SeqNumSlot.TryRead(both.Slice(start, FileStoreLayout.SlotLength), out var candidate)
                && (!found || candidate.Generation > slot.Generation))
            {
                slot = candidate;
                found = true;
            }
        }

        return found
            ? true
            : throw new FileStoreCorruptException(
                $"{name}: no readable sequence numbers ({read} bytes, both slots invalid). Refusing to restart at 1: "
                + "restore the file, or delete the store's files to reset the session on purpose.");
    }

    /// <summary>Records from the start that pass their own CRC, are contiguous and lie inside the body.</summary>
    private static long CountIntactRecords(SafeFileHandle index, long indexFileLength, long bodyFileLength)
    {
        var buffer = new byte[RecordsPerChunk * FileStoreLayout.IndexRecordLength];
        var whole = indexFileLength / FileStoreLayout.IndexRecordLength;
        long valid = 0;
        long expectedOffset = 0;
        while (valid < whole)
        {
            var count = (int)Math.Min(RecordsPerChunk, whole - valid);
            var span = buffer.AsSpan(0, count * FileStoreLayout.IndexRecordLength);
            if (ReadFully(index, span, valid * FileStoreLayout.IndexRecordLength) < span.Length)
            {
                break;
            }

            for (var i = 0; i < count; i++)
            {
                if (!IndexRecord.TryRead(span.Slice(i * FileStoreLayout.IndexRecordLength), out var record)
                    || record.BodyOffset != expectedOffset
                    || record.End > bodyFileLength)
                {
                    return valid;
                }

                expectedOffset = record.End;
                valid++;
            }
        }

        return valid;
    }

    /// <summary>
    /// Walks back from the last record while its frame's CRC does not match the body: after a power loss the index
    /// page may have reached the disk and the body page not.
    /// </summary>
    private static long TrimUnmatchedTail(SafeFileHandle body, SafeFileHandle index, long valid)
    {
        while (valid > 0)
        {
            var record = ReadRecord(index, valid - 1);
            var frame = new byte[record.Length];
            if (ReadFully(body, frame, record.BodyOffset) == frame.Length && Crc32C.Compute(frame) == record.FrameCrc)
            {
                break;
            }

            valid--;
        }

        return valid;
    }

    private static int MaxSeqNum(SafeFileHandle index, long from, long to)
    {
        var max = 0;
        for (var i = from; i < to; i++)
        {
            max = Math.Max(max, ReadRecord(index, i).SeqNum);
        }

        return max;
    }

    internal static IndexRecord ReadRecord(SafeFileHandle index, long position)
    {
        Span<byte> bytes = stackalloc byte[FileStoreLayout.IndexRecordLength];
        ReadFully(index, bytes, position * FileStoreLayout.IndexRecordLength);
        IndexRecord.TryRead(bytes, out var record);
        return record;
    }

    internal static int ReadFully(SafeFileHandle file, Span<byte> into, long offset)
    {
        var total = 0;
        while (total < into.Length)
        {
            var n = RandomAccess.Read(file, into[total..], offset + total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private static void Cut(SafeFileHandle file, long dropped, long keep)
    {
        if (dropped > 0)
        {
            RandomAccess.SetLength(file, keep);
        }
    }

    /// <summary>A torn record counts whole: its zero bytes are part of it.</summary>
    private static long WholeRecords(long bytes) =>
        (bytes + FileStoreLayout.IndexRecordLength - 1) / FileStoreLayout.IndexRecordLength * FileStoreLayout.IndexRecordLength;

    /// <summary>The offset just after the last non-zero byte in [from, to); <paramref name="from"/> if all are zero.</summary>
    private static long EndOfNonZero(SafeFileHandle file, long from, long to)
    {
        var buffer = new byte[RecordsPerChunk * FileStoreLayout.IndexRecordLength];
        var end = to;
        while (end > from)
        {
            var count = (int)Math.Min(buffer.Length, end - from);
            var span = buffer.AsSpan(0, count);
            var read = ReadFully(file, span, end - count);
            var last = span[..read].LastIndexOfAnyExcept((byte)0);
            if (last >= 0)
            {
                return end - count + last + 1;
            }

            end -= count;
        }

        return from;
    }
}
