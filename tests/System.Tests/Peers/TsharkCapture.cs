using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Gateway.System.Tests.Infrastructure;

namespace Gateway.System.Tests.Peers;

/// <summary>
/// Captures one TCP port on loopback with tshark, then decodes the capture with tshark's own FIX or SoupBinTCP/OUCH
/// dissector: an independent check of the bytes we put on the wire.
///
/// dumpcap hands packets to the file in blocks, some time after they pass, and drops what it has not handed over
/// when stopped. So the capture also listens to a UDP marker port: Start() returns once a marker datagram has
/// reached the file (the capture is live), and Stop() sends a second marker and waits for it before SIGINT
/// (everything sent before it is in the file). No fixed sleeps, every wait has a deadline.
/// </summary>
public sealed class TsharkCapture : IDisposable
{
    private static readonly TimeSpan DecodeTimeout = TimeSpan.FromSeconds(60);

    private readonly BackgroundProcess _tshark;
    private readonly int _markerPort;
    private readonly TimeSpan _timeout;
    private bool _stopped;

    private TsharkCapture(BackgroundProcess tshark, int port, int markerPort, string pcapPath, TimeSpan timeout)
    {
        _tshark = tshark;
        Port = port;
        _markerPort = markerPort;
        PcapPath = pcapPath;
        _timeout = timeout;
    }

    public int Port { get; }

    public string PcapPath { get; }

    /// <summary>What tshark printed (it reports on stderr).</summary>
    public string Output => _tshark.Output;

    /// <summary>Starts capturing <c>tcp port <paramref name="port"/></c> on lo into DIRECTORY/capture-PORT.pcapng.</summary>
    public static TsharkCapture Start(int port, string directory, CancellationToken cancellation, TimeSpan? timeout = null)
    {
        string tshark = TsharkPath();
        Directory.CreateDirectory(directory);
        string pcap = Path.Combine(Path.GetFullPath(directory), $"capture-{port}.pcapng");
        int markerPort = FreePort.NextUdp();
        var process = BackgroundProcess.Start(
            tshark, ["-i", "lo", "-f", $"tcp port {port} or udp port {markerPort}", "-w", pcap]);
        var capture = new TsharkCapture(process, port, markerPort, pcap, timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            process.WaitForOutput("Capturing on", capture._timeout, cancellation);
            capture.SendMarkerUntilCaptured("start", cancellation);
        }
        catch
        {
            capture.Dispose();
            throw;
        }

        return capture;
    }

    /// <summary>Waits until everything sent so far is in the file, then stops tshark with SIGINT.</summary>
    public void Stop(CancellationToken cancellation)
    {
        if (_stopped)
        {
            return;
        }

        SendMarkerUntilCaptured("stop", cancellation);
        _tshark.Signal(Posix.SigInt);
        if (!_tshark.WaitForExit(_timeout, cancellation))
        {
            _tshark.Kill();
            throw new TimeoutException($"tshark did not stop on SIGINT:{Environment.NewLine}{Output}");
        }

        _stopped = true;
    }

    /// <summary>Decodes the stopped capture's port with <paramref name="dissector"/>.</summary>
    public TsharkDecode Decode(WireDissector dissector, CancellationToken cancellation)
    {
        EnsureStopped();
        string proto = dissector == WireDissector.Fix ? "fix" : "soupbintcp";
        string[] typeFields = dissector == WireDissector.Fix
            ? ["fix.MsgType", "fix.checksum_bad", "fix.checksum_good"]
            : ["soupbintcp.packet_type", "ouch.packet_type"];

        var arguments = new List<string>
        {
            "-r", PcapPath, "-n", "-d", $"tcp.port=={Port},{proto}",
            "-Y", $"tcp.port=={Port} && {proto}",
            "-T", "fields", "-E", "separator=/t", "-E", "occurrence=a", "-E", "aggregator=,",
            "-e", "frame.number",
        };
        foreach (string field in typeFields)
        {
            arguments.Add("-e");
            arguments.Add(field);
        }

        string fields = RunTshark(arguments, cancellation);
        string malformed = RunTshark(
            ["-r", PcapPath, "-n", "-d", $"tcp.port=={Port},{proto}", "-Y", $"tcp.port=={Port} && _ws.malformed",
             "-T", "fields", "-e", "frame.number"],
            cancellation);
        int malformedFrames = malformed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        return TsharkDecode.Parse(dissector, fields, malformedFrames);
    }

    /// <summary>tshark's full packet tree (-V) of the port: the thing to print when an assertion fails.</summary>
    public string DecodeVerbose(WireDissector dissector, CancellationToken cancellation)
    {
        EnsureStopped();
        string proto = dissector == WireDissector.Fix ? "fix" : "soupbintcp";
        return RunTshark(
            ["-r", PcapPath, "-n", "-d", $"tcp.port=={Port},{proto}", "-Y", $"tcp.port=={Port}", "-V", "-O", proto],
            cancellation);
    }

    public void Dispose() => _tshark.Dispose();

    private static string TsharkPath() =>
        ProcessRunner.FindOnPath("tshark")
        ?? throw new PeerMissingException($"tshark is not installed: {PeerMissingException.InstallHint}");

    private void EnsureStopped()
    {
        if (!_stopped)
        {
            throw new InvalidOperationException("Stop() the capture before decoding it");
        }
    }

    private string RunTshark(IEnumerable<string> arguments, CancellationToken cancellation)
    {
        ProcessResult result = ProcessRunner.Run(TsharkPath(), arguments, DecodeTimeout, cancellation);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"tshark failed to decode {PcapPath}:{Environment.NewLine}{result}");
        }

        return result.StandardOutput;
    }

    private void SendMarkerUntilCaptured(string what, CancellationToken cancellation)
    {
        byte[] marker = Encoding.ASCII.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"gateway-capture-marker {what} {Guid.NewGuid():N}"));
        using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        var target = new IPEndPoint(IPAddress.Loopback, _markerPort);
        var resend = Deadline.After(TimeSpan.Zero);
        long scanned = 0;
        Wait.Until(
            () =>
            {
                if (_tshark.HasExited)
                {
                    throw new InvalidOperationException($"tshark exited ({_tshark.ExitCode}):{Environment.NewLine}{Output}");
                }

                // Nobody listens on the marker port; the datagram only has to pass through lo.
                if (resend.HasPassed)
                {
                    udp.SendTo(marker, target);
                    resend = Deadline.After(TimeSpan.FromMilliseconds(200));
                }

                return FileContains(PcapPath, marker, ref scanned);
            },
            _timeout,
            cancellation,
            $"the {what} marker to reach {PcapPath}",
            () => Output);
    }

    /// <summary>Looks for <paramref name="needle"/> in what was appended since <paramref name="scanned"/>.</summary>
    private static bool FileContains(string path, byte[] needle, ref long scanned)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        // Step back by the needle's length so a marker split across two reads is still found.
        long from = Math.Max(0, scanned - needle.Length);
        stream.Position = from;
        using var tail = new MemoryStream();
        stream.CopyTo(tail);
        scanned = from + tail.Length;
        return tail.GetBuffer().AsSpan(0, (int)tail.Length).IndexOf(needle) >= 0;
    }
}
