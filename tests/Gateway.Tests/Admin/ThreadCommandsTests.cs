using FluentAssertions;
using Gateway.Admin.Control;
using NUnit.Framework;

namespace Gateway.Tests.Admin;

/// <summary>The console's command queue onto a gateway thread: closures run only in DoWork, on that thread; a stopped thread fails them.</summary>
public sealed class ThreadCommandsTests
{
    [Test]
    [CancelAfter(10_000)]
    public async Task A_command_runs_on_the_thread_that_calls_DoWork(CancellationToken cancellation)
    {
        var commands = new ThreadCommands("test");
        var task = commands.Run(() => Environment.CurrentManagedThreadId);
        commands.DoWork().Should().Be(0 + 1);
        task.IsCompleted.Should().BeTrue();
        (await task.WaitAsync(cancellation)).Should().Be(Environment.CurrentManagedThreadId);
    }

    [Test]
    public void Nothing_runs_before_DoWork_and_an_empty_queue_is_no_work()
    {
        var commands = new ThreadCommands("test");
        commands.DoWork().Should().Be(0);
        var ran = false;
        var task = commands.Run(() => ran = true);

        ran.Should().BeFalse();
        task.IsCompleted.Should().BeFalse();
        commands.DoWork().Should().Be(1);
        ran.Should().BeTrue();
        commands.DoWork().Should().Be(0);
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_throwing_command_fails_its_task_not_the_thread(CancellationToken cancellation)
    {
        var commands = new ThreadCommands("test");
        var bad = commands.Run<int>(() => throw new InvalidOperationException("boom"));
        var good = commands.Run(() => 7);

        commands.DoWork().Should().Be(2);

        await FluentActions.Awaiting(() => bad.WaitAsync(cancellation)).Should().ThrowAsync<InvalidOperationException>().WithMessage("boom");
        (await good.WaitAsync(cancellation)).Should().Be(7);
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Closing_fails_what_is_queued_and_what_comes_later(CancellationToken cancellation)
    {
        var commands = new ThreadCommands("test");
        var queued = commands.Run(() => 1);

        commands.OnClose();
        var later = commands.Run(() => 2);

        await FluentActions.Awaiting(() => queued.WaitAsync(cancellation)).Should().ThrowAsync<ObjectDisposedException>();
        await FluentActions.Awaiting(() => later.WaitAsync(cancellation)).Should().ThrowAsync<ObjectDisposedException>();
    }
}
