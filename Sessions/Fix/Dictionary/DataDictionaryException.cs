namespace Gateway.Sessions.Fix.Dictionary;

/// <summary>A dictionary file that cannot be used: malformed XML, an unknown field or component name, ...
/// Thrown only while loading (configuration time), never while validating messages.</summary>
public sealed class DataDictionaryException : Exception
{
    public DataDictionaryException()
    {
    }

    public DataDictionaryException(string message)
        : base(message)
    {
    }

    public DataDictionaryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
