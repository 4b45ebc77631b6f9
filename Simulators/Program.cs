namespace Gateway.Simulators;

/// <summary>Standalone entry point: <c>dotnet run --project Simulators -- ...</c>. The simulators arrive with the order path.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine("Gateway.Simulators: no simulator is built yet (the FIX simulator comes with the order path).");
        return args.Length == 0 ? 1 : 2;
    }
}
