using System.Text;

namespace Gateway.System.Tests.Interop;

/// <summary>
/// The settings file of our initiator in the interop tests: one [SESSION] per CompID, all connecting to the peer's
/// port on loopback, non-stop, without data dictionaries (the peer has none either).
/// </summary>
internal sealed record InitiatorConfig
{
    public required int Port { get; init; }

    public string BeginString { get; init; } = "FIX.4.4";

    /// <summary>FIXT.1.1 only: sent as DefaultApplVerID (1137) in our Logon.</summary>
    public string DefaultApplVerId { get; init; } = "FIX.5.0";

    /// <summary>Our CompIDs, one session each.</summary>
    public IReadOnlyList<string> SenderCompIds { get; init; } = ["CLIENT"];

    public string TargetCompId { get; init; } = "EXEC";

    public int HeartBtInt { get; init; } = 30;

    /// <summary>Null: a memory store. Otherwise FileStorePath, relative to the engine's base directory.</summary>
    public string? FileStorePath { get; init; }

    /// <summary>FileLogPath relative to the engine's base directory: our side of every run, kept when a test fails.</summary>
    public string FileLogPath { get; init; } = "log";

    /// <summary>Writes DIRECTORY/initiator.cfg; returns its path.</summary>
    public string WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, "initiator.cfg");
        File.WriteAllText(path, Render());
        return path;
    }

    /// <summary>More key=value lines for [DEFAULT], e.g. ("ResetOnLogon", "Y").</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExtraSettings { get; init; } = [];

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("[DEFAULT]");
        text.AppendLine("ConnectionType=initiator");
        text.AppendLine("SocketConnectHost=127.0.0.1");
        text.AppendLine($"SocketConnectPort={Port}");
        text.AppendLine($"HeartBtInt={HeartBtInt}");
        text.AppendLine("ReconnectInterval=1");
        text.AppendLine("NonStopSession=Y");
        text.AppendLine("UseDataDictionary=N");
        text.AppendLine($"FileLogPath={FileLogPath}");
        if (FileStorePath is not null)
        {
            text.AppendLine($"FileStorePath={FileStorePath}");
        }

        foreach ((string key, string value) in ExtraSettings)
        {
            text.AppendLine($"{key}={value}");
        }

        foreach (string sender in SenderCompIds)
        {
            text.AppendLine();
            text.AppendLine("[SESSION]");
            text.AppendLine($"BeginString={BeginString}");
            if (BeginString == "FIXT.1.1")
            {
                text.AppendLine($"DefaultApplVerID={DefaultApplVerId}");
            }

            text.AppendLine($"SenderCompID={sender}");
            text.AppendLine($"TargetCompID={TargetCompId}");
        }

        return text.ToString();
    }
}
