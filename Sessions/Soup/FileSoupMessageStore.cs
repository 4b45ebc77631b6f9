using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Sessions.Soup;

/// <summary>
/// Messages appended to a file as records, with the file offset of each kept in memory (rebuilt by a scan on open):
/// <code>
///   record   0          2
///            | length   | message ...  |     length: uint16 big-endian
/// </code>
/// An append is one pwrite of the record (into the page cache: it survives the process being killed); a record cut
/// short by a crash is dropped on open. Replays read with pread. For the OUCH simulator and tests; a venue runs its own.
/// </summary>
public sealed class FileSoupMessageStore : ISoupMessageStore
{
    private readonly SafeFileHandle _file;
    private readonly byte[] _record = new byte[2 + ushort.MaxValue];
    private long[] _offsets = new long[4096];
    private long _end;

    public FileSoupMessageStore(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        _file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        Load();
    }

    public long Count { get; private set; }

    public long Append(ReadOnlySpan<byte> message)
    {
        BinaryPrimitives.WriteUInt16BigEndian(_record, (ushort)message.Length);
        message.CopyTo(_record.AsSpan(2));
        RandomAccess.Write(_file, _record.AsSpan(0, 2 + message.Length), _end);
        AddOffset(_end);
        _end += 2 + message.Length;
        return Count;
    }

    public int Read(long sequence, Span<byte> into)
    {
        if (sequence < 1 || sequence > Count)
        {
            return -1;
        }

        var offset = _offsets[sequence - 1];
        Span<byte> prefix = stackalloc byte[2];
        RandomAccess.Read(_file, prefix, offset);
        int length = BinaryPrimitives.ReadUInt16BigEndian(prefix);
        if (length > into.Length)
        {
            return -1;
        }

        return RandomAccess.Read(_file, into[..length], offset + 2) == length ? length : -1;
    }

    public void Dispose() => _file.Dispose();

    private void AddOffset(long offset)
    {
        if (Count == _offsets.Length)
        {
            Array.Resize(ref _offsets, _offsets.Length * 2);
        }

        _offsets[Count++] = offset;
    }

    /// <summary>Scans the records (cold); a torn last record is cut off.</summary>
    private void Load()
    {
        var size = RandomAccess.GetLength(_file);
        Span<byte> prefix = stackalloc byte[2];
        long offset = 0;
        while (offset + 2 <= size)
        {
            RandomAccess.Read(_file, prefix, offset);
            var length = BinaryPrimitives.ReadUInt16BigEndian(prefix);
            if (offset + 2 + length > size)
            {
                break;
            }

            AddOffset(offset);
            offset += 2 + length;
        }

        _end = offset;
        if (offset < size)
        {
            RandomAccess.SetLength(_file, offset);
        }
    }
}
