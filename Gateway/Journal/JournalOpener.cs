using System.Buffers.Binary;

namespace Gateway.Journal;

/// <summary>
/// Opening a journal (cold path): replays every good record in order, stops at the first zero or invalid one, and
/// leaves the segment where it stopped mapped, with everything after the last good record zeroed, ready for appends.
/// Nothing is destroyed on the way: non-zero bytes after the last good record are copied to a <c>.orphan</c> file
/// before being zeroed, and later segment files holding data are renamed to <c>.orphan</c>.
/// </summary>
internal static class JournalOpener
{
    /// <summary>The segment and offset appends continue at, the last good sequence, and what was found.</summary>
    public readonly record struct Opened(JournalSegment Segment, int Position, long LastSequence, JournalRecovery Recovery);

    private enum ScanEnd
    {
        /// <summary>Zeros: the journal ends here.</summary>
        Clean,

        /// <summary>A record that is not whole or not valid: the journal ends before it.</summary>
        Torn,

        /// <summary>An end-of-segment mark or a full segment: the journal goes on in the next segment.</summary>
        NextSegment,
    }

    public static Opened Open<THandler>(JournalOptions options, JournalSegmentFiles files, ref THandler handler)
        where THandler : struct, IJournalReplayHandler
    {
        var fsync = options.Fsync.Kind != JournalFsyncKind.None;
        var indexes = files.ExistingIndexes();
        if (options.Reset)
        {
            foreach (var existing in indexes)
            {
                File.Delete(files.PathOf(existing));
            }

            indexes.Clear();
        }

        files.DeleteTemporaries();
        if (indexes.Count == 0)
        {
            var created = JournalSegment.Create(files.PathOf(JournalSegmentFiles.FirstIndex), JournalSegmentFiles.FirstIndex, options.SegmentBytes, prefault: true, fsync);
            return new Opened(created, JournalLayout.SegmentHeaderLength, 0, new JournalRecovery(0, 0, false, 0, 0, Created: true));
        }

        long lastSequence = 0;
        long records = 0;
        var segmentsRead = 0;
        var torn = false;
        var orphanedFiles = 0;
        var index = indexes[0];
        JournalSegment current;
        var position = JournalLayout.SegmentHeaderLength;
        while (true)
        {
            var path = files.PathOf(index);
            if (!File.Exists(path))
            {
                current = JournalSegment.Create(path, index, options.SegmentBytes, prefault: true, fsync);
                break;
            }

            var segment = JournalSegment.OpenExisting(path, index);
            if (segment is null)
            {
                // No valid header (a file not written by us, or a power loss mid-creation): keep it aside, start afresh.
                JournalSegmentFiles.MoveAside(path);
                orphanedFiles++;
                torn = true;
                current = JournalSegment.Create(path, index, options.SegmentBytes, prefault: true, fsync);
                break;
            }

            segmentsRead++;
            ScanEnd end;
            try
            {
                end = Scan(segment, ref handler, ref lastSequence, ref records, out position);
            }
            catch
            {
                segment.Dispose();
                throw;
            }

            if (end == ScanEnd.NextSegment)
            {
                segment.Dispose();
                index++;
                position = JournalLayout.SegmentHeaderLength;
                continue;
            }

            torn = end == ScanEnd.Torn;
            current = segment;
            break;
        }

        try
        {
            var orphanedBytes = ClearTail(current, position, fsync);
            current.Prefault(position);
            foreach (var later in indexes)
            {
                if (later > current.Index)
                {
                    orphanedFiles += DeleteOrMoveAside(files.PathOf(later)) ? 1 : 0;
                }
            }

            var recovery = new JournalRecovery(records, segmentsRead, torn, orphanedBytes, orphanedFiles, Created: false);
            return new Opened(current, position, lastSequence, recovery);
        }
        catch
        {
            current.Dispose();
            throw;
        }
    }

    /// <summary>Replays one segment's good records; <paramref name="position"/> is where the first record that is not one starts.</summary>
    private static ScanEnd Scan<THandler>(JournalSegment segment, ref THandler handler, ref long lastSequence, ref long records, out int position)
        where THandler : struct, IJournalReplayHandler
    {
        ReadOnlySpan<byte> bytes = segment.Bytes;
        position = JournalLayout.SegmentHeaderLength;
        while (position < bytes.Length)
        {
            var frame = bytes[position..];
            var frameLength = BinaryPrimitives.ReadInt32LittleEndian(frame);
            if (frameLength == JournalLayout.EndOfJournal)
            {
                return ScanEnd.Clean;
            }

            if (frameLength == JournalLayout.EndOfSegment)
            {
                return ScanEnd.NextSegment;
            }

            if (!IsValid(frame, frameLength, records == 0 ? -1 : lastSequence + 1, out var payloadLength))
            {
                return ScanEnd.Torn;
            }

            var sequence = BinaryPrimitives.ReadInt64LittleEndian(frame[JournalLayout.SequenceOffset..]);
            var recordType = BinaryPrimitives.ReadUInt16LittleEndian(frame[JournalLayout.RecordTypeOffset..]);
            handler.OnRecord(recordType, sequence, frame.Slice(JournalLayout.RecordHeaderLength, payloadLength));
            lastSequence = sequence;
            records++;
            position += frameLength;
        }

        return ScanEnd.NextSegment;
    }

    /// <param name="expectedSequence">The sequence the record must carry, or -1 for the journal's first record (any ≥ 1).</param>
    private static bool IsValid(ReadOnlySpan<byte> frame, int frameLength, long expectedSequence, out int payloadLength)
    {
        payloadLength = 0;
        if (frameLength < JournalLayout.RecordHeaderLength || frameLength % JournalLayout.RecordAlignment != 0 || frameLength > frame.Length)
        {
            return false;
        }

        payloadLength = BinaryPrimitives.ReadInt32LittleEndian(frame[JournalLayout.PayloadLengthOffset..]);
        var sequence = BinaryPrimitives.ReadInt64LittleEndian(frame[JournalLayout.SequenceOffset..]);
        return payloadLength >= 0
            && JournalLayout.FrameLength(payloadLength) == frameLength
            && BinaryPrimitives.ReadUInt16LittleEndian(frame[JournalLayout.ReservedOffset..]) == 0
            && (expectedSequence < 0 ? sequence >= 1 : sequence == expectedSequence)
            && BinaryPrimitives.ReadUInt32LittleEndian(frame[JournalLayout.RecordCrcOffset..]) == JournalLayout.RecordCrc(frameLength, frame, payloadLength);
    }

    /// <summary>Zeroes the segment after <paramref name="position"/>, first copying any non-zero bytes there to an orphan file; returns how many bytes were cut.</summary>
    private static long ClearTail(JournalSegment segment, int position, bool fsync)
    {
        var tail = segment.Bytes[position..];
        var last = tail.LastIndexOfAnyExcept((byte)0);
        if (last < 0)
        {
            return 0;
        }

        var cut = tail[..(last + 1)];
        File.WriteAllBytes(JournalSegmentFiles.TailOrphanPath(segment.Path, position), cut.ToArray());
        cut.Clear();
        if (fsync)
        {
            segment.Flush();
        }

        return cut.Length;
    }

    /// <summary>A segment after the one appends continue in: deleted if it holds only zeros after its header, else moved aside (true).</summary>
    private static bool DeleteOrMoveAside(string path)
    {
        using (var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            var buffer = new byte[64 * 1024];
            long offset = JournalLayout.SegmentHeaderLength;
            int read;
            var holdsData = false;
            while (!holdsData && (read = RandomAccess.Read(file, buffer, offset)) > 0)
            {
                holdsData = buffer.AsSpan(0, read).ContainsAnyExcept((byte)0);
                offset += read;
            }

            if (holdsData)
            {
                file.Dispose();
                JournalSegmentFiles.MoveAside(path);
                return true;
            }
        }

        File.Delete(path);
        return false;
    }
}
