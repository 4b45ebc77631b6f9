namespace Gateway.System.Tests.Peers;

/// <summary>Which tshark dissector reads the captured port.</summary>
public enum WireDissector
{
    /// <summary>FIX: validates CheckSum (not BodyLength).</summary>
    Fix,

    /// <summary>SoupBinTCP 4.0, with OUCH 4.2 decoded inside its data packets.</summary>
    SoupBinTcp,
}

/// <summary>What tshark made of a capture, independently of our codecs.</summary>
/// <param name="Frames">TCP frames on the port in which the dissector found its protocol.</param>
/// <param name="Messages">FIX: MsgType (35) of every message, in order. SoupBinTCP: every packet type.</param>
/// <param name="Payloads">SoupBinTCP: the OUCH type of every data packet the OUCH dissector decoded. FIX: empty.</param>
/// <param name="GoodChecksums">FIX messages whose CheckSum tshark verified.</param>
/// <param name="BadChecksums">FIX messages whose CheckSum is wrong.</param>
/// <param name="Malformed">Frames on the port that tshark flagged as malformed.</param>
/// <param name="Fields">tshark's field lines, for failure messages.</param>
public sealed record TsharkDecode(
    WireDissector Dissector,
    int Frames,
    IReadOnlyList<string> Messages,
    IReadOnlyList<string> Payloads,
    int GoodChecksums,
    int BadChecksums,
    int Malformed,
    string Fields)
{
    public override string ToString() =>
        $"{Dissector}: {Frames} frames, messages [{string.Join(' ', Messages)}], payloads [{string.Join(' ', Payloads)}], " +
        $"checksums good {GoodChecksums} bad {BadChecksums}, malformed {Malformed}{Environment.NewLine}{Fields}";

    /// <summary>Parses the tab-separated lines of <c>-T fields -E occurrence=a -E aggregator=,</c>.</summary>
    internal static TsharkDecode Parse(WireDissector dissector, string fields, int malformed)
    {
        int frames = 0;
        int good = 0;
        int bad = 0;
        var messages = new List<string>();
        var payloads = new List<string>();
        foreach (string line in fields.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // frame.number, then the type field, then (FIX) checksum_bad / checksum_good or (Soup) ouch.packet_type.
            string[] columns = line.Split('\t');
            frames++;
            messages.AddRange(Values(columns, 1));
            if (dissector == WireDissector.Fix)
            {
                bad += Values(columns, 2).Count(v => v is "1" or "True");
                good += Values(columns, 3).Count(v => v is "1" or "True");
            }
            else
            {
                payloads.AddRange(Values(columns, 2));
            }
        }

        return new TsharkDecode(dissector, frames, messages, payloads, good, bad, malformed, fields);
    }

    /// <summary>The comma-separated occurrences in a column, with tshark's quotes around characters removed.</summary>
    private static IEnumerable<string> Values(string[] columns, int index) =>
        index < columns.Length
            ? columns[index].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim('\''))
            : [];
}
