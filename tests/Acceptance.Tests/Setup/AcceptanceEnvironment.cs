using System.Globalization;
using System.Text.RegularExpressions;
using Gateway.Acceptance.Tests.Running;

namespace Gateway.Acceptance.Tests.Setup;

/// <summary>
/// Where the acceptance scripts, settings and dictionaries are, from environment variables with ../shared defaults:
/// <list type="bullet">
/// <item><c>FIX_ACCEPTANCE_DIR</c>: a folder of .def files, or a parent of suite folders (fix42, fix44, ...);
/// default ../shared/fix/acceptance/definitions/server.</item>
/// <item><c>FIX_ACCEPTANCE_CFG</c>: the acceptor .cfg for every suite; default cfg/at_NN.cfg per suite fixNN.</item>
/// <item><c>FIX_ACCEPTANCE_SPEC</c>: the dictionaries folder; default ../shared/fix/spec.</item>
/// <item><c>FIX_ACCEPTANCE_LINE_TIMEOUT</c>: seconds to wait per expected line or disconnect; default 10.</item>
/// <item><c>GATEWAY_REQUIRE_SHARED=1</c>: a missing ../shared fails instead of ignoring.</item>
/// </list>
/// </summary>
public static partial class AcceptanceEnvironment
{
    public const string DirVariable = "FIX_ACCEPTANCE_DIR";
    public const string CfgVariable = "FIX_ACCEPTANCE_CFG";
    public const string SpecVariable = "FIX_ACCEPTANCE_SPEC";
    public const string LineTimeoutVariable = "FIX_ACCEPTANCE_LINE_TIMEOUT";
    public const string RequireSharedVariable = "GATEWAY_REQUIRE_SHARED";

    /// <summary>Resolves from the process environment, starting the search for ../shared at the test assembly.</summary>
    public static AcceptanceSetup Resolve() =>
        Resolve(Environment.GetEnvironmentVariable, AppContext.BaseDirectory);

    public static AcceptanceSetup Resolve(Func<string, string?> variables, string assemblyDirectory)
    {
        var shared = SharedFolder.Find(assemblyDirectory);
        var acceptance = shared is null ? null : Path.Combine(shared, "fix", "acceptance");

        var definitions = Setting(variables, DirVariable) ?? (acceptance is null ? null : Path.Combine(acceptance, "definitions", "server"));
        var cfg = Setting(variables, CfgVariable);
        var spec = Setting(variables, SpecVariable) ?? (shared is null ? null : Path.Combine(shared, "fix", "spec"));

        if (definitions is null || spec is null || (cfg is null && acceptance is null))
        {
            return AcceptanceSetup.MissingShared(
                $"../shared (the sibling of the folder holding {SharedFolder.SolutionFile}, searched upwards from "
                + $"{assemblyDirectory}) is missing, so the QuickFIX acceptance scripts, settings and dictionaries are "
                + $"not available. Provide ../shared, or set {DirVariable}, {CfgVariable} and {SpecVariable}.");
        }

        if (!Directory.Exists(definitions))
        {
            return AcceptanceSetup.Failed($"the scripts folder {definitions} does not exist ({DirVariable} or ../shared)");
        }

        if (!Directory.Exists(spec))
        {
            return AcceptanceSetup.Failed($"the dictionaries folder {spec} does not exist ({SpecVariable} or ../shared)");
        }

        var folders = Directory.GetFiles(definitions, "*.def").Length > 0
            ? [definitions]
            : Directory.GetDirectories(definitions).Where(d => Directory.GetFiles(d, "*.def").Length > 0).Order(StringComparer.Ordinal).ToArray();
        if (folders.Length == 0)
        {
            return AcceptanceSetup.Failed($"no .def scripts in {definitions} or its subfolders ({DirVariable})");
        }

        var suites = folders.Select(folder => Suite(folder, cfg, acceptance, spec)).ToArray();
        return new AcceptanceSetup(suites);
    }

    public static TimeSpan LineTimeout(Func<string, string?> variables)
    {
        var text = Setting(variables, LineTimeoutVariable);
        return text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : ScriptRunnerOptions.DefaultLineTimeout;
    }

    public static bool RequireShared(Func<string, string?> variables) => Setting(variables, RequireSharedVariable) == "1";

    private static AcceptanceSuite Suite(string folder, string? cfg, string? acceptance, string spec)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var settings = cfg ?? DefaultSettings(name, acceptance!);
        if (settings is null)
        {
            return new AcceptanceSuite(name, folder, null, spec,
                $"no default acceptor settings for suite '{name}' (known: fixNN -> at_NN.cfg, fixNNspN -> at_NN_spN.cfg); set {CfgVariable}");
        }

        if (!File.Exists(settings))
        {
            return new AcceptanceSuite(name, folder, settings, spec, $"the acceptor settings {settings} do not exist ({CfgVariable} or ../shared)");
        }

        return new AcceptanceSuite(name, folder, settings, spec, SettingsDictionaries.FindMissing(settings, spec));
    }

    /// <summary>fix42 → cfg/at_42.cfg; fix50sp1 → cfg/at_50_sp1.cfg; other names have no default.</summary>
    private static string? DefaultSettings(string suite, string acceptance)
    {
        var match = SuiteName().Match(suite);
        if (!match.Success)
        {
            return null;
        }

        var file = match.Groups[2].Success ? $"at_{match.Groups[1].Value}_{match.Groups[2].Value}.cfg" : $"at_{match.Groups[1].Value}.cfg";
        return Path.Combine(acceptance, "cfg", file);
    }

    private static string? Setting(Func<string, string?> variables, string name)
    {
        var value = variables(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    [GeneratedRegex(@"^fix(\d{2})(sp\d)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SuiteName();
}
