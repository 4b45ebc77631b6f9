using Gateway.System.Tests.Interop;

/// <summary>
/// The runtime calls this before Main when DOTNET_STARTUP_HOOKS names this assembly: the kill -9 interop test starts
/// this test assembly as a child process that runs our initiator (<see cref="InitiatorChild"/>), so no second program
/// is needed. The type must be named StartupHook and live in no namespace; in any other process it does nothing.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(InitiatorChild.ConfigVariable) is { Length: > 0 } config)
        {
            InitiatorChild.Run(config);
        }
    }
}
