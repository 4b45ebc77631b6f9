namespace Gateway.Sessions.Soup;

/// <summary>
/// Where a SoupBinTCP client keeps the sequence number of the next sequenced message it expects, so a restart logs
/// in asking for what it missed. <see cref="Set"/> is on the hot path (each sequenced message): no allocation.
/// </summary>
public interface ISoupSequenceStore : IDisposable
{
    /// <summary>The next sequenced message expected; 1 for a new session.</summary>
    long NextExpected { get; }

    void Set(long nextExpected);
}

public sealed class MemorySoupSequenceStore(long nextExpected = 1) : ISoupSequenceStore
{
    public long NextExpected { get; private set; } = nextExpected;

    public void Set(long nextExpected) => NextExpected = nextExpected;

    public void Dispose() { }
}

/// <summary>
/// The number in a memory-mapped file (<c>.soupseq</c>): a set is one 8-byte store in the page cache.
/// <code>
///   0        8              16
///   | magic  | next expected |   magic = "SOUPSEQ1" as a little-endian long; a zero file is a new session
/// </code>
/// </summary>
public sealed class FileSoupSequenceStore : ISoupSequenceStore
{
    private const long Magic = 0x3151455350554F53; // "SOUPSEQ1"
    private readonly MappedLongFile _file;

    public FileSoupSequenceStore(string path)
    {
        _file = new MappedLongFile(path, 2);
        if (_file[0] != Magic || _file[1] < 1)
        {
            _file[1] = 1;
            _file[0] = Magic;
        }
    }

    public long NextExpected => _file[1];

    public void Set(long nextExpected) => _file[1] = nextExpected;

    public void Dispose() => _file.Dispose();
}
