using System.Globalization;
using System.Text;
using Gateway.Sessions.Fix.Config;

namespace Gateway.Simulators.Fix;

/// <summary>The QuickFIX settings the simulator runs: the given file, or one written from the options' sessions.</summary>
internal static class VenueSettingsFile
{
    public static QuickFixSettingsFile From(FixVenueSimulatorOptions options)
    {
        if (options.Settings is { } settings)
        {
            return settings;
        }

        if (options.SettingsPath is { } path)
        {
            return QuickFixSettingsFile.Load(path);
        }

        return QuickFixSettingsFile.Parse(Write(options), "simulator.cfg");
    }

    public static string Write(FixVenueSimulatorOptions options)
    {
        if (options.Sessions.Count == 0)
        {
            throw new ArgumentException("the simulator needs at least one session");
        }

        var port = (options.Port ?? 0).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine("[DEFAULT]");
        text.AppendLine("ConnectionType=acceptor");
        text.AppendLine($"SocketAcceptHost={options.Host}");
        text.AppendLine($"SocketAcceptPort={port}");
        text.AppendLine("NonStopSession=Y");
        text.AppendLine("HeartBtInt=30");
        text.AppendLine($"UseDataDictionary={(options.DictionaryDirectory is null ? "N" : "Y")}");
        foreach (var session in options.Sessions)
        {
            text.AppendLine("[SESSION]");
            text.AppendLine($"BeginString={session.BeginString}");
            text.AppendLine($"SenderCompID={session.SenderCompId}");
            text.AppendLine($"TargetCompID={session.TargetCompId}");
            var fixt = session.BeginString == SimulatedSession.Fixt11;
            if (fixt)
            {
                text.AppendLine("DefaultApplVerID=FIX.5.0SP2");
            }

            if (options.DictionaryDirectory is { } dir)
            {
                if (fixt)
                {
                    text.AppendLine($"TransportDataDictionary={Path.Combine(dir, "FIXT11.xml")}");
                    text.AppendLine($"AppDataDictionary={Path.Combine(dir, "FIX50SP2.xml")}");
                }
                else
                {
                    var file = "FIX" + session.BeginString.Replace("FIX.", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal) + ".xml";
                    text.AppendLine($"DataDictionary={Path.Combine(dir, file)}");
                }
            }
        }

        return text.ToString();
    }
}
