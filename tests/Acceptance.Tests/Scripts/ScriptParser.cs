using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gateway.Acceptance.Tests.Scripts;

/// <summary>
/// Reads .def scripts (FORMAT.md "The runner"): each line trimmed; blank lines and <c>#</c> comments skipped;
/// <c>sleep(X)</c>, <c>i[N,]CONNECT</c>, <c>i[N,]DISCONNECT</c>, <c>e[N,]DISCONNECT</c>, <c>I[N,]msg</c>,
/// <c>E[N,]msg</c>; the connection number N defaults to 1. Anything else is a <see cref="ScriptFormatException"/>.
/// </summary>
public static partial class ScriptParser
{
    /// <summary>Reads the file as Latin-1 so that each byte stays one char: UTF-8 text is sent byte for byte.</summary>
    public static AcceptanceScript Load(string path) =>
        Parse(path, File.ReadAllText(path, Encoding.Latin1));

    /// <summary>
    /// Only ASCII white space is trimmed: in a Latin-1 view of UTF-8, bytes 0x85 and 0xA0 (inside multi-byte
    /// characters) would count as white space to <see cref="string.Trim()"/>.
    /// </summary>
    private static readonly char[] AsciiWhiteSpace = [' ', '\t', '\r', '\n', '\v', '\f'];

    public static AcceptanceScript Parse(string path, string text)
    {
        var steps = new List<ScriptStep>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim(AsciiWhiteSpace);
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            steps.Add(ParseLine(path, i + 1, line));
        }

        return new AcceptanceScript(path, steps);
    }

    private static ScriptStep ParseLine(string path, int number, string line)
    {
        var sleep = Sleep().Match(line);
        if (sleep.Success)
        {
            var seconds = double.Parse(sleep.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            return new SleepStep(number, line, TimeSpan.FromSeconds(seconds));
        }

        var command = Command().Match(line);
        if (command.Success)
        {
            var connection = ConnectionNumber(command.Groups[2]);
            return (command.Groups[1].Value, command.Groups[3].Value) switch
            {
                ("i", "CONNECT") => new ConnectStep(number, line, connection),
                ("i", "DISCONNECT") => new DisconnectStep(number, line, connection),
                ("e", "DISCONNECT") => new ExpectDisconnectStep(number, line, connection),
                _ => throw new ScriptFormatException(path, number, line, "'eCONNECT' is not a step"),
            };
        }

        var message = Message().Match(line);
        if (message.Success)
        {
            var connection = ConnectionNumber(message.Groups[2]);
            var body = message.Groups[3].Value;
            return message.Groups[1].Value == "I"
                ? new SendStep(number, line, connection, body)
                : new ExpectStep(number, line, connection, body);
        }

        throw new ScriptFormatException(path, number, line, "not a script step");
    }

    private static int ConnectionNumber(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 1;

    [GeneratedRegex(@"^sleep\(([0-9.]+)\)$")]
    private static partial Regex Sleep();

    [GeneratedRegex(@"^([ie])(?:(\d+),)?(CONNECT|DISCONNECT)$")]
    private static partial Regex Command();

    /// <summary>
    /// A message line: I or E, an optional "N,", then at least one character. "I35=0|8=..." is a garbled message on
    /// connection 1, not connection 35: only digits followed by a comma name a connection.
    /// </summary>
    [GeneratedRegex(@"^([IE])(?:(\d+),)?(.+)$", RegexOptions.Singleline)]
    private static partial Regex Message();
}
