using Gateway.Sessions.Agents;

namespace Gateway.Sessions.Concurrency;

/// <summary>
/// Runs one consumer of a ring on a thread of its own: hands every entry to the handler in batches and waits
/// with the wait strategy when there is nothing to read. Handler and strategy are generic struct arguments, so
/// the loop is compiled for them and the handler's call is inlined. (Disruptor's BatchEventProcessor.)
/// </summary>
public sealed class BatchEventProcessor<T, THandler, TWait> : IDisposable
    where T : struct
    where THandler : struct, IEventHandler<T>
    where TWait : struct, IWaitStrategy
{
    private readonly RingConsumer<T> _consumer;
    private readonly Action<Exception>? _onError;
    private readonly int _maxBatch;
    private THandler _handler;
    private readonly TWait _wait;
    private Thread? _thread;
    private volatile bool _running;

    /// <param name="maxBatch">Entries handled before the consumer's sequence is published (frees the producer sooner).</param>
    /// <param name="onError">Told of a handler's exception (a bug); the entry is skipped and the loop goes on.</param>
    public BatchEventProcessor(RingConsumer<T> consumer, THandler handler, TWait wait, int maxBatch = int.MaxValue,
        Action<Exception>? onError = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _consumer = consumer;
        _handler = handler;
        _wait = wait;
        _maxBatch = maxBatch;
        _onError = onError;
    }

    public RingConsumer<T> Consumer => _consumer;

    /// <summary>The handler's state; read it from another thread only after <see cref="Halt"/> and the join.</summary>
    public ref THandler Handler => ref _handler;

    public bool IsRunning => _running;

    /// <summary>Starts the loop on a new background thread, pinned to <paramref name="cpu"/> when given.</summary>
    public BatchEventProcessor<T, THandler, TWait> Start(int cpu = -1, string? name = null)
    {
        if (_thread is not null)
        {
            throw new InvalidOperationException("The processor has been started already.");
        }

        _running = true;
        _consumer.Barrier.ClearAlert();
        _thread = new Thread(() =>
        {
            if (cpu >= 0)
            {
                CpuAffinity.PinCurrentThread(cpu);
            }

            RunLoop();
        })
        {
            IsBackground = true,
            Name = name ?? "ring-consumer",
        };
        _thread.Start();
        return this;
    }

    /// <summary>Runs the loop on the calling thread until <see cref="Halt"/>.</summary>
    public void Run()
    {
        _running = true;
        RunLoop();
    }

    /// <summary>Stops the loop after the batch in hand; wakes it if it waits.</summary>
    public void Halt()
    {
        _running = false;
        _consumer.Barrier.Alert();
    }

    /// <summary>Halts and waits for the thread to end.</summary>
    public void Dispose()
    {
        Halt();
        if (_thread is not null && Thread.CurrentThread != _thread)
        {
            _thread.Join();
        }
    }

    private void RunLoop()
    {
        var barrier = _consumer.Barrier;
        while (_running)
        {
            try
            {
                if (_consumer.Poll(ref _handler, _maxBatch) == 0)
                {
                    _wait.WaitFor(_consumer.Sequence.Value + 1, barrier);
                }
            }
            catch (Exception e) when (_onError is not null)
            {
                _onError(e);
            }
        }
    }
}
