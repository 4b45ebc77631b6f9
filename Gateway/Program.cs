namespace Gateway;

/// <summary>The gateway host. <c>demo</c> runs the embedded default.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine("usage: Gateway demo");
        return args.Length == 0 ? 2 : 1;
    }
}
