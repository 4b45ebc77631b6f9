using Gateway.Sessions.Tests.Fix.Store;

/// <summary>
/// The runtime calls this before Main when DOTNET_STARTUP_HOOKS names this assembly. The kill -9 test starts this
/// test assembly as its own child process this way, so the test project needs no second program. The type must be
/// named StartupHook and live in no namespace; in any other process it does nothing.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(StoreCrashChild.DirectoryVariable) is { Length: > 0 } directory)
        {
            StoreCrashChild.Run(directory);
        }
    }
}
