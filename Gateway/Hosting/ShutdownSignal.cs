using System.Runtime.InteropServices;

namespace Gateway.Hosting;

/// <summary>Ctrl+C (SIGINT) and SIGTERM as a cancellation token: the host shuts down in order instead of dying.</summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public ShutdownSignal()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Token => _cancellation.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cancellation.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // we stop by ourselves, in order
        _cancellation.Cancel();
    }
}
