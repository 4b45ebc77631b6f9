using Gateway.Tests.Journal;

/// <summary>
/// The runtime calls this before Main when DOTNET_STARTUP_HOOKS names this assembly. The journal's kill -9 test starts
/// this test assembly as its own child process this way, so the test project needs no second program. The type must
/// be named StartupHook and live in no namespace; in any other process it does nothing. (One per assembly: another
/// child of Gateway.Tests joins here, dispatching on its own environment variable.)
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(JournalCrashChild.DirectoryVariable) is { Length: > 0 } directory)
        {
            JournalCrashChild.Run(directory);
        }
    }
}
