namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// A store whose sequence numbers cannot be read back. The store refuses to open rather than start again at 1,
/// which would make the peer see old sequence numbers reused.
/// </summary>
public sealed class FileStoreCorruptException : IOException
{
    public FileStoreCorruptException(string message)
        : base(message)
    {
    }

    public FileStoreCorruptException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public FileStoreCorruptException()
    {
    }
}
