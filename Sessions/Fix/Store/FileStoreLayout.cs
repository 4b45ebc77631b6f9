using System.Buffers.Binary;

namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// The file store's three files, named after the session (<c>FIX.4.4-ISLD-TW.body</c>, <c>.index</c>, <c>.seqnums</c>).
/// All integers little-endian.
/// <code>
/// .body     the sent frames back to back, exactly as sent, nothing between them. Append-only; Reset empties it.
///
/// .index    one 24-byte record per appended frame, in append order (a seqNum appended twice: the later one wins):
///            0         4         8                   16         20         24
///            +---------+---------+-------------------+----------+----------+
///            | seqNum  | length  | body offset       | frameCrc | recordCrc|
///            | int32   | int32   | int64             | crc32c of| crc32c of|
///            |         |         |                   | the frame| bytes 0-19
///            +---------+---------+-------------------+----------+----------+
///           Offsets are contiguous: each record's frame starts where the previous one's ended.
///
/// .seqnums  two 48-byte slots, written alternately (slot = generation % 2); the valid slot with the higher
///           generation is current, so a torn slot write (power loss) leaves the other one readable:
///            0       4        8        12       16             24              32              40       44       48
///            +-------+--------+--------+--------+--------------+---------------+---------------+--------+--------+
///            | magic |version | next   | next   | generation   | creation time | index         | unused | crc32c |
///            | FXSQ  |   1    | sender | target | int64        | UTC ns, int64 | watermark     |        | of 0-43|
///            +-------+--------+--------+--------+--------------+---------------+---------------+--------+--------+
///           The watermark is the number of index records when the slot was written. Index records after it imply
///           the next sender seqnum is at least their seqNum + 1: so an append followed by an increment needs no
///           slot write, and a crash between the two cannot make a seqnum be reused.
/// </code>
/// Every write reaches the OS before the call returns (kill -9 loses nothing): all three files are written by a copy
/// into a shared memory mapping of the file (the page cache itself; the format is the same as with pwrite). .body
/// and .index are reserved (fallocate) a window ahead of the appends, so while a writer has them open they end in
/// zeros after the content; a clean close cuts the zeros off. A zero index record fails its CRC, so the zeros read
/// as the end of the index.
/// On open, a partial or invalid index record (bad record CRC, non-contiguous offset, beyond the body's end, or the last frames' CRC
/// not matching the body) and everything after it are cut off, and the body is cut to the end of the last good frame;
/// a file whose bytes after its content are all zeros is not cut (reserved space, perhaps mapped by a live writer).
/// </summary>
internal static class FileStoreLayout
{
    public const string BodySuffix = ".body";
    public const string IndexSuffix = ".index";
    public const string SeqNumsSuffix = ".seqnums";

    public const int IndexRecordLength = 24;
    public const int IndexSeqNumOffset = 0;
    public const int IndexLengthOffset = 4;
    public const int IndexBodyOffsetOffset = 8;
    public const int IndexFrameCrcOffset = 16;
    public const int IndexRecordCrcOffset = 20;

    public const int SlotLength = 48;
    public const int SlotCount = 2;
    public const uint SlotMagic = 0x51535846; // "FXSQ" read as little-endian bytes
    public const int SlotVersion = 1;
    public const int SlotMagicOffset = 0;
    public const int SlotVersionOffset = 4;
    public const int SlotSenderOffset = 8;
    public const int SlotTargetOffset = 12;
    public const int SlotGenerationOffset = 16;
    public const int SlotCreationOffset = 24;
    public const int SlotWatermarkOffset = 32;
    public const int SlotCrcOffset = 44;
}

/// <summary>One .index record (see <see cref="FileStoreLayout"/>).</summary>
internal readonly record struct IndexRecord(int SeqNum, int Length, long BodyOffset, uint FrameCrc)
{
    public long End => BodyOffset + Length;

    public void WriteTo(Span<byte> record)
    {
        BinaryPrimitives.WriteInt32LittleEndian(record[FileStoreLayout.IndexSeqNumOffset..], SeqNum);
        BinaryPrimitives.WriteInt32LittleEndian(record[FileStoreLayout.IndexLengthOffset..], Length);
        BinaryPrimitives.WriteInt64LittleEndian(record[FileStoreLayout.IndexBodyOffsetOffset..], BodyOffset);
        BinaryPrimitives.WriteUInt32LittleEndian(record[FileStoreLayout.IndexFrameCrcOffset..], FrameCrc);
        BinaryPrimitives.WriteUInt32LittleEndian(
            record[FileStoreLayout.IndexRecordCrcOffset..], Crc32C.Compute(record[..FileStoreLayout.IndexRecordCrcOffset]));
    }

    /// <summary>False if the record's own CRC does not match (torn or garbage).</summary>
    public static bool TryRead(ReadOnlySpan<byte> record, out IndexRecord result)
    {
        result = new IndexRecord(
            BinaryPrimitives.ReadInt32LittleEndian(record[FileStoreLayout.IndexSeqNumOffset..]),
            BinaryPrimitives.ReadInt32LittleEndian(record[FileStoreLayout.IndexLengthOffset..]),
            BinaryPrimitives.ReadInt64LittleEndian(record[FileStoreLayout.IndexBodyOffsetOffset..]),
            BinaryPrimitives.ReadUInt32LittleEndian(record[FileStoreLayout.IndexFrameCrcOffset..]));
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(record[FileStoreLayout.IndexRecordCrcOffset..]);
        return crc == Crc32C.Compute(record[..FileStoreLayout.IndexRecordCrcOffset]) && result.Length >= 0 && result.BodyOffset >= 0;
    }
}

/// <summary>One .seqnums slot (see <see cref="FileStoreLayout"/>).</summary>
internal readonly record struct SeqNumSlot(int NextSender, int NextTarget, long Generation, long CreationTimeNanos, long Watermark)
{
    public int Offset => (int)(Generation % FileStoreLayout.SlotCount) * FileStoreLayout.SlotLength;

    public void WriteTo(Span<byte> slot)
    {
        slot[..FileStoreLayout.SlotLength].Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(slot[FileStoreLayout.SlotMagicOffset..], FileStoreLayout.SlotMagic);
        BinaryPrimitives.WriteInt32LittleEndian(slot[FileStoreLayout.SlotVersionOffset..], FileStoreLayout.SlotVersion);
        BinaryPrimitives.WriteInt32LittleEndian(slot[FileStoreLayout.SlotSenderOffset..], NextSender);
        BinaryPrimitives.WriteInt32LittleEndian(slot[FileStoreLayout.SlotTargetOffset..], NextTarget);
        BinaryPrimitives.WriteInt64LittleEndian(slot[FileStoreLayout.SlotGenerationOffset..], Generation);
        BinaryPrimitives.WriteInt64LittleEndian(slot[FileStoreLayout.SlotCreationOffset..], CreationTimeNanos);
        BinaryPrimitives.WriteInt64LittleEndian(slot[FileStoreLayout.SlotWatermarkOffset..], Watermark);
        BinaryPrimitives.WriteUInt32LittleEndian(
            slot[FileStoreLayout.SlotCrcOffset..], Crc32C.Compute(slot[..FileStoreLayout.SlotCrcOffset]));
    }

    public static bool TryRead(ReadOnlySpan<byte> slot, out SeqNumSlot result)
    {
        result = default;
        if (slot.Length < FileStoreLayout.SlotLength
            || BinaryPrimitives.ReadUInt32LittleEndian(slot[FileStoreLayout.SlotMagicOffset..]) != FileStoreLayout.SlotMagic
            || BinaryPrimitives.ReadInt32LittleEndian(slot[FileStoreLayout.SlotVersionOffset..]) != FileStoreLayout.SlotVersion
            || BinaryPrimitives.ReadUInt32LittleEndian(slot[FileStoreLayout.SlotCrcOffset..]) != Crc32C.Compute(slot[..FileStoreLayout.SlotCrcOffset]))
        {
            return false;
        }

        result = new SeqNumSlot(
            BinaryPrimitives.ReadInt32LittleEndian(slot[FileStoreLayout.SlotSenderOffset..]),
            BinaryPrimitives.ReadInt32LittleEndian(slot[FileStoreLayout.SlotTargetOffset..]),
            BinaryPrimitives.ReadInt64LittleEndian(slot[FileStoreLayout.SlotGenerationOffset..]),
            BinaryPrimitives.ReadInt64LittleEndian(slot[FileStoreLayout.SlotCreationOffset..]),
            BinaryPrimitives.ReadInt64LittleEndian(slot[FileStoreLayout.SlotWatermarkOffset..]));
        return true;
    }
}
