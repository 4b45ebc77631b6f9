using System.Runtime.InteropServices;

namespace Gateway.Sessions.Agents;

/// <summary>
/// Runs an agent on a dedicated thread, optionally pinned to one CPU, until disposed.
/// An exception from the agent is a bug: it is handed to <c>onError</c> and the loop carries on.
/// </summary>
public sealed class AgentRunner : IDisposable
{
    private readonly IAgent _agent;
    private readonly IIdleStrategy _idle;
    private readonly int _cpu;
    private readonly Action<Exception>? _onError;
    private readonly Thread _thread;
    private volatile bool _running = true;

    public AgentRunner(IAgent agent, IIdleStrategy idle, int cpu = -1, Action<Exception>? onError = null)
    {
        _agent = agent;
        _idle = idle;
        _cpu = cpu;
        _onError = onError;
        _thread = new Thread(Run) { IsBackground = true, Name = agent.RoleName };
    }

    public bool IsRunning => _running;

    public AgentRunner Start()
    {
        _thread.Start();
        return this;
    }

    private void Run()
    {
        if (_cpu >= 0)
        {
            CpuAffinity.PinCurrentThread(_cpu);
        }

        _agent.OnStart();
        while (_running)
        {
            int work;
            try
            {
                work = _agent.DoWork();
            }
            catch (Exception e) when (_onError is not null)
            {
                _onError(e);
                work = 0;
            }

            _idle.Idle(work);
        }

        _agent.OnClose();
    }

    public void Dispose()
    {
        _running = false;
        if (Thread.CurrentThread != _thread && _thread.IsAlive)
        {
            _thread.Join(TimeSpan.FromSeconds(5));
        }
    }
}

/// <summary>Pins the calling thread to one CPU with Linux sched_setaffinity; a no-op elsewhere.</summary>
public static partial class CpuAffinity
{
    public static bool PinCurrentThread(int cpu)
    {
        if (!OperatingSystem.IsLinux() || cpu < 0 || cpu >= 64)
        {
            return false;
        }

        ulong mask = 1UL << cpu;
        return SchedSetAffinity(0, (nint)sizeof(ulong), ref mask) == 0;
    }

    [LibraryImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static partial int SchedSetAffinity(int pid, nint cpuSetSize, ref ulong mask);
}
