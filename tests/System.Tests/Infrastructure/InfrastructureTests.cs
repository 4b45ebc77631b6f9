using System.Net;
using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using NUnit.Framework;

namespace Gateway.System.Tests.Infrastructure;

public class InfrastructureTests
{
    [Test]
    public void RawFix_computes_the_body_length_and_checksum_QuickFIX_sent()
    {
        // A Logon the QuickFIX C++ executor sent, as its ScreenLog printed it.
        const string Sent = "8=FIX.4.4|9=65|35=A|34=1|49=EXEC|52=20261121-20:55:45.961|56=CLIENT|98=0|108=30|10=233|";

        byte[] frame = RawFix.Frame("FIX.4.4", "35=A|34=1|49=EXEC|52=20261121-20:55:45.961|56=CLIENT|98=0|108=30|");

        Encoding.ASCII.GetString(frame).Replace(RawFix.Soh, '|').Should().Be(Sent);
        RawFix.Field(Sent, 9).Should().Be("65");
        RawFix.Field(Sent, 112).Should().BeNull();
    }

    [Test]
    [CancelAfter(10_000)]
    public void Wait_returns_once_the_condition_holds(CancellationToken cancellation)
    {
        int calls = 0;
        Wait.Until(() => ++calls == 3, TimeSpan.FromSeconds(5), cancellation);
        calls.Should().Be(3);
    }

    [Test]
    [CancelAfter(10_000)]
    public void Wait_times_out_with_what_it_waited_for_and_the_details(CancellationToken cancellation)
    {
        var act = () => Wait.Until(() => false, TimeSpan.FromMilliseconds(50), cancellation, "the moon", () => "peer log");
        act.Should().Throw<TimeoutException>().WithMessage("*the moon*peer log*");
    }

    [Test]
    public void Wait_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var act = () => Wait.Until(() => false, TimeSpan.FromSeconds(30), cancelled.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void PortProbe_sees_a_listener_and_FreePort_gives_a_port_nobody_listens_on()
    {
        int free = FreePort.Next();
        PortProbe.IsListening(free).Should().BeFalse();

        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        PortProbe.IsListening(((IPEndPoint)listener.LocalEndPoint!).Port).Should().BeTrue();
    }

    [Test]
    [CancelAfter(30_000)]
    public void ProcessRunner_captures_output_and_exit_code(CancellationToken cancellation)
    {
        ProcessResult result = ProcessRunner.Run("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"], TimeSpan.FromSeconds(20), cancellation);
        result.ExitCode.Should().Be(3);
        result.StandardOutput.Should().Be("out\n");
        result.StandardError.Should().Be("err\n");
    }

    [Test]
    [CancelAfter(30_000)]
    public void ProcessRunner_kills_a_process_past_its_deadline(CancellationToken cancellation)
    {
        var act = () => ProcessRunner.Run("/bin/sh", ["-c", "echo started; exec sleep 60"], TimeSpan.FromMilliseconds(500), cancellation);
        act.Should().Throw<TimeoutException>().WithMessage("*did not finish*");
    }

    [Test]
    [CancelAfter(30_000)]
    public void BackgroundProcess_kill_stops_the_whole_process_group(CancellationToken cancellation)
    {
        using var parent = BackgroundProcess.Start("/bin/sh", ["-c", "sleep 60 & echo child $!; wait"]);
        parent.WaitForOutput("child ", TimeSpan.FromSeconds(20), cancellation);
        int child = int.Parse(parent.Output.Split(' ')[1], global::System.Globalization.CultureInfo.InvariantCulture);

        parent.Kill();

        Wait.Until(() => !Directory.Exists($"/proc/{child}") || IsZombie(child), TimeSpan.FromSeconds(10), cancellation, $"child {child} to die");
        parent.HasExited.Should().BeTrue();
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] == 'Z';
        }
        catch (IOException)
        {
            return true;
        }
    }
}
