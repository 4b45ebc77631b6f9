using System.Globalization;
using System.Xml.Linq;
using Gateway.System.Tests.Infrastructure;
using Gateway.System.Tests.Peers;

namespace Gateway.System.Tests.OuchInterop;

/// <summary>One SoupBinTCP packet as tshark decoded it, with the OUCH message inside when there is one.</summary>
/// <param name="FromServer">Sent by the port's owner (the venue).</param>
/// <param name="Soup">The soupbintcp fields: name → shown value.</param>
/// <param name="Ouch">The ouch fields (name → shown value and raw hex), or null for a packet without OUCH.</param>
internal sealed record SoupPdu(long Frame, bool FromServer, string Type, IReadOnlyDictionary<string, string> Soup,
    IReadOnlyDictionary<string, PdmlField>? Ouch)
{
    public override string ToString() =>
        $"#{Frame} {(FromServer ? "S→C" : "C→S")} {Type}" +
        (Ouch is null ? "" : " {" + string.Join(", ", Ouch.Select(f => $"{f.Key}={f.Value.Show}")) + "}");
}

/// <summary>A PDML field: what tshark shows and the raw bytes in hex.</summary>
internal sealed record PdmlField(string Show, string Value)
{
    /// <summary>The raw bytes as ASCII without the right padding (alpha fields, characters): independent of display.</summary>
    public string Text => Value.Length == 0
        ? Show.Trim('\'').TrimEnd()
        : global::System.Text.Encoding.ASCII.GetString(Convert.FromHexString(Value)).TrimEnd();

    /// <summary>
    /// The number tshark shows (its reading of the big-endian field); the raw bytes as a big-endian number where it shows
    /// something else (a price with a dollar sign, a time of day).
    /// </summary>
    public ulong ToNumber() => ulong.TryParse(Show, NumberStyles.None, CultureInfo.InvariantCulture, out var shown)
        ? shown
        : ulong.Parse(Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}

/// <summary>
/// Reads a capture with tshark's soupbintcp and ouch dissectors into <see cref="SoupPdu"/>s (PDML: every field of
/// every packet, in capture order, raw bytes beside the shown value), and counts malformed and expert-error packets.
/// </summary>
internal static class SoupPdml
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static IReadOnlyList<SoupPdu> Read(string pcap, int port, CancellationToken cancellation)
    {
        var pdml = Tshark(["-r", pcap, "-n", "-d", $"tcp.port=={port},soupbintcp", "-Y", $"tcp.port=={port} && soupbintcp", "-T", "pdml"],
            cancellation);
        var pdus = new List<SoupPdu>();
        foreach (var packet in XDocument.Parse(pdml).Root!.Elements("packet"))
        {
            var fields = packet.Descendants("field").ToList();
            var frame = long.Parse(Show(fields, "frame.number") ?? "0", CultureInfo.InvariantCulture);
            var fromServer = Show(fields, "tcp.srcport") == port.ToString(CultureInfo.InvariantCulture);
            Dictionary<string, string>? soup = null;
            Dictionary<string, PdmlField>? ouch = null;
            foreach (var proto in packet.Descendants("proto"))
            {
                var name = (string?)proto.Attribute("name");
                if (name == "soupbintcp")
                {
                    Flush();
                    soup = [];
                    foreach (var field in Own(proto, "soupbintcp."))
                    {
                        soup.TryAdd((string)field.Attribute("name")!, (string?)field.Attribute("show") ?? "");
                    }
                }
                else if (name == "ouch" && soup is not null)
                {
                    ouch = [];
                    foreach (var field in Own(proto, "ouch."))
                    {
                        ouch.TryAdd((string)field.Attribute("name")!,
                            new PdmlField((string?)field.Attribute("show") ?? "", (string?)field.Attribute("value") ?? ""));
                    }
                }
            }

            Flush();

            void Flush()
            {
                if (soup is not null)
                {
                    var type = soup.TryGetValue("soupbintcp.packet_type", out var t) ? t.Trim('\'') : "?";
                    pdus.Add(new SoupPdu(frame, fromServer, type, soup, ouch));
                }

                soup = null;
                ouch = null;
            }
        }

        return pdus;
    }

    /// <summary>Frames on the port that tshark calls malformed or marks with an expert-info error.</summary>
    public static IReadOnlyList<string> Problems(string pcap, int port, CancellationToken cancellation) =>
        Tshark(["-r", pcap, "-n", "-d", $"tcp.port=={port},soupbintcp",
                "-Y", $"tcp.port=={port} && (_ws.malformed || _ws.expert.severity == error)",
                "-T", "fields", "-e", "frame.number", "-e", "_ws.expert.message"],
            cancellation).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>tshark's full tree of the port, for failure messages.</summary>
    public static string Verbose(string pcap, int port, CancellationToken cancellation) =>
        Tshark(["-r", pcap, "-n", "-d", $"tcp.port=={port},soupbintcp", "-Y", $"tcp.port=={port} && soupbintcp", "-O", "soupbintcp,ouch", "-V"],
            cancellation);

    private static IEnumerable<XElement> Own(XElement proto, string prefix) =>
        proto.Descendants("field").Where(f => ((string?)f.Attribute("name"))?.StartsWith(prefix, StringComparison.Ordinal) == true);

    private static string? Show(List<XElement> fields, string name) =>
        (string?)fields.FirstOrDefault(f => (string?)f.Attribute("name") == name)?.Attribute("show");

    private static string Tshark(IEnumerable<string> arguments, CancellationToken cancellation)
    {
        var tshark = ProcessRunner.FindOnPath("tshark")
            ?? throw new PeerMissingException($"tshark is not installed: {PeerMissingException.InstallHint}");
        var result = ProcessRunner.Run(tshark, arguments, Timeout, cancellation);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"tshark failed:{Environment.NewLine}{result}");
        }

        return result.StandardOutput;
    }
}
