using System.Buffers.Binary;
using System.Numerics;

namespace Gateway.Journal;

/// <summary>
/// The journal's bytes (README.md has the crash rules). All integers little-endian.
/// <code>
/// segment file  {name}.{index:D6}.journal, preallocated to its full length; index 1, 2, 3 ...
///  0       4         8               16              24       28                      64
///  +-------+---------+---------------+---------------+--------+-----------------------+
///  | magic | version | segment index | segment length| crc32c | zero                  |
///  | GWJL  |    1    | int64         | int64         | of 0-23|                       |
///  +-------+---------+---------------+---------------+--------+-----------------------+
///  then records back to back from offset 64, each starting 8-byte aligned; zeros after the last one.
///
/// record
///  0         4        6        8                 16        20        24                     24 + payload length
///  +---------+--------+--------+-----------------+---------+---------+----------------------+-----------+
///  | frame   | record | zero   | sequence        | payload | crc32c  | payload              | zero pad  |
///  | length  | type   |        | int64           | length  |         |                      | to 8 bytes|
///  | int32   | uint16 | uint16 | 1, 2, 3 ...     | int32   |         |                      |           |
///  +---------+--------+--------+-----------------+---------+---------+----------------------+-----------+
///  frame length  the commit word, written last with release semantics: the whole record is there or it is 0.
///                0 = nothing here (the journal ends); -1 = the segment ends, continue in the next one.
///  crc32c        CRC-32C of: the frame length (4 bytes), bytes 4-19, the payload.
/// </code>
/// </summary>
internal static class JournalLayout
{
    public const string SegmentSuffix = ".journal";
    public const string TemporarySuffix = ".tmp";
    public const string OrphanSuffix = ".orphan";

    public const uint SegmentMagic = 0x4C4A5747; // "GWJL" read as little-endian bytes
    public const int SegmentVersion = 1;
    public const int SegmentHeaderLength = 64;
    public const int SegmentMagicOffset = 0;
    public const int SegmentVersionOffset = 4;
    public const int SegmentIndexOffset = 8;
    public const int SegmentLengthOffset = 16;
    public const int SegmentCrcOffset = 24;

    public const int RecordHeaderLength = 24;
    public const int RecordAlignment = 8;
    public const int FrameLengthOffset = 0;
    public const int RecordTypeOffset = 4;
    public const int ReservedOffset = 6;
    public const int SequenceOffset = 8;
    public const int PayloadLengthOffset = 16;
    public const int RecordCrcOffset = 20;

    /// <summary>Frame length of a slot with nothing written.</summary>
    public const int EndOfJournal = 0;

    /// <summary>Frame length meaning "the rest of this segment is unused; the journal goes on in the next segment".</summary>
    public const int EndOfSegment = -1;

    public static int FrameLength(int payloadLength) =>
        (RecordHeaderLength + payloadLength + RecordAlignment - 1) & ~(RecordAlignment - 1);

    /// <summary>Largest payload a segment of <paramref name="segmentLength"/> bytes can hold.</summary>
    public static int MaxPayloadLength(int segmentLength) => segmentLength - SegmentHeaderLength - RecordHeaderLength;

    /// <summary>The record's CRC: <paramref name="frame"/> is the record from offset 0, its frame length not yet written.</summary>
    public static uint RecordCrc(int frameLength, ReadOnlySpan<byte> frame, int payloadLength)
    {
        var crc = BitOperations.Crc32C(uint.MaxValue, (uint)frameLength);
        crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(frame[RecordTypeOffset..]));
        crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(frame[(RecordTypeOffset + 8)..]));
        var payload = frame.Slice(RecordHeaderLength, payloadLength);
        var i = 0;
        for (; i + 8 <= payload.Length; i += 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(payload[i..]));
        }

        for (; i < payload.Length; i++)
        {
            crc = BitOperations.Crc32C(crc, payload[i]);
        }

        return ~crc;
    }

    public static void WriteSegmentHeader(Span<byte> header, long segmentIndex, long segmentLength)
    {
        header[..SegmentHeaderLength].Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(header[SegmentMagicOffset..], SegmentMagic);
        BinaryPrimitives.WriteInt32LittleEndian(header[SegmentVersionOffset..], SegmentVersion);
        BinaryPrimitives.WriteInt64LittleEndian(header[SegmentIndexOffset..], segmentIndex);
        BinaryPrimitives.WriteInt64LittleEndian(header[SegmentLengthOffset..], segmentLength);
        BinaryPrimitives.WriteUInt32LittleEndian(header[SegmentCrcOffset..], SegmentHeaderCrc(header));
    }

    /// <summary>The segment length a valid header states, or -1 if the header is not valid for <paramref name="segmentIndex"/>.</summary>
    public static long ReadSegmentHeader(ReadOnlySpan<byte> header, long segmentIndex)
    {
        if (header.Length < SegmentHeaderLength
            || BinaryPrimitives.ReadUInt32LittleEndian(header[SegmentMagicOffset..]) != SegmentMagic
            || BinaryPrimitives.ReadInt32LittleEndian(header[SegmentVersionOffset..]) != SegmentVersion
            || BinaryPrimitives.ReadInt64LittleEndian(header[SegmentIndexOffset..]) != segmentIndex
            || BinaryPrimitives.ReadUInt32LittleEndian(header[SegmentCrcOffset..]) != SegmentHeaderCrc(header))
        {
            return -1;
        }

        var length = BinaryPrimitives.ReadInt64LittleEndian(header[SegmentLengthOffset..]);
        return length is >= JournalOptions.MinSegmentBytes and <= JournalOptions.MaxSegmentBytes && length % RecordAlignment == 0
            ? length
            : -1;
    }

    private static uint SegmentHeaderCrc(ReadOnlySpan<byte> header)
    {
        var crc = uint.MaxValue;
        for (var i = 0; i < SegmentCrcOffset; i += 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(header[i..]));
        }

        return ~crc;
    }
}
