using System.Runtime.CompilerServices;
using Gateway.Certification;
using Serilog;
using Serilog.Core;

namespace Gateway.System.Tests.Certification;

/// <summary>The shipped scenario sets (Gateway/Samples/certification) and a gateway log for a certification run.</summary>
internal static class CertificationFiles
{
    public static ScenarioSet Load(string file) => ScenarioParser.Load(Path.Combine(Folder(), file));

    public static Logger Log(string directory) => new LoggerConfiguration()
        .MinimumLevel.Debug()
        .WriteTo.File(Path.Combine(directory, "gateway.log"), formatProvider: global::System.Globalization.CultureInfo.InvariantCulture)
        .CreateLogger();

    private static string Folder([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "Gateway", "Samples", "certification"));
}
