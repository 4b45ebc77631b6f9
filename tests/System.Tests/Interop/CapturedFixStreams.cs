using System.Globalization;
using System.Text;
using Gateway.System.Tests.Infrastructure;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// The TCP payload of a capture, both directions, split into FIX frames by our own reading of BodyLength (tshark's
/// FIX dissector checks CheckSum, not BodyLength): each frame must be exactly "8=..|9=n|" + n bytes + "10=ccc|"
/// with the right sum. Test code, independent of the engine's codec.
/// </summary>
internal static class CapturedFixStreams
{
    /// <summary>Every frame of the capture as text with '|' for SOH, per direction (source port), in order.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> Read(string pcapPath, int port, CancellationToken cancellation)
    {
        string tshark = ProcessRunner.FindOnPath("tshark") ?? throw new InvalidOperationException("tshark is not on PATH");
        ProcessResult result = ProcessRunner.Run(
            tshark,
            ["-r", pcapPath, "-n", "-Y", $"tcp.port=={port} && tcp.len>0", "-T", "fields", "-e", "tcp.srcport", "-e", "tcp.payload"],
            TimeSpan.FromSeconds(60),
            cancellation);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.ToString());
        }

        var streams = new Dictionary<int, List<byte>>();
        foreach (string line in result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] columns = line.Split('\t');
            int source = int.Parse(columns[0], CultureInfo.InvariantCulture);
            if (!streams.TryGetValue(source, out List<byte>? bytes))
            {
                streams[source] = bytes = [];
            }

            bytes.AddRange(Convert.FromHexString(columns[1].Replace(":", "", StringComparison.Ordinal)));
        }

        return streams.ToDictionary(s => s.Key, s => Split(s.Value.ToArray()));
    }

    /// <summary>Splits a stream by BodyLength; throws on the first frame whose length or CheckSum is wrong.</summary>
    public static IReadOnlyList<string> Split(byte[] stream)
    {
        var frames = new List<string>();
        int at = 0;
        while (at < stream.Length)
        {
            string rest = Encoding.ASCII.GetString(stream, at, stream.Length - at);
            int bodyLengthAt = rest.IndexOf("\u00019=", StringComparison.Ordinal);
            int bodyStart = bodyLengthAt < 0 ? -1 : rest.IndexOf('\u0001', bodyLengthAt + 1) + 1;
            if (!rest.StartsWith("8=", StringComparison.Ordinal) || bodyStart <= 0)
            {
                throw new FormatException($"no FIX header at byte {at}: {Printable(rest)}");
            }

            int bodyLength = int.Parse(rest.AsSpan(bodyLengthAt + 3, bodyStart - bodyLengthAt - 4), CultureInfo.InvariantCulture);
            int trailer = bodyStart + bodyLength;
            int end = trailer + 7;
            if (end > rest.Length || !rest.AsSpan(trailer).StartsWith("10=") || rest[end - 1] != '\u0001')
            {
                throw new FormatException($"BodyLength {bodyLength} does not end at 10=: {Printable(rest[..Math.Min(rest.Length, end + 20)])}");
            }

            int sum = 0;
            for (int i = 0; i < trailer; i++)
            {
                sum += stream[at + i];
            }

            string checksum = rest.Substring(trailer + 3, 3);
            if (checksum != (sum % 256).ToString("000", CultureInfo.InvariantCulture))
            {
                throw new FormatException($"CheckSum {checksum} should be {sum % 256:000}: {Printable(rest[..end])}");
            }

            frames.Add(Printable(rest[..end]));
            at += end;
        }

        return frames;
    }

    private static string Printable(string frame) => frame.Replace('\u0001', '|');
}
