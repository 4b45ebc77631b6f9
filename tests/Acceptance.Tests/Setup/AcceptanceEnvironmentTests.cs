using Gateway.Acceptance.Tests.Setup;

namespace Gateway.Acceptance.Tests.Setup;

public sealed class AcceptanceEnvironmentTests
{
    private string _root = "";
    private string _assembly = "";
    private string _shared = "";
    private Dictionary<string, string> _variables = [];

    [SetUp]
    public void CreateLayout()
    {
        // root/repo/Gateway.sln, root/repo/tests/bin (the assembly), root/shared/fix/{acceptance,spec}
        _variables = [];
        _root = Directory.CreateTempSubdirectory("acceptance-env-").FullName;
        var repo = Path.Combine(_root, "repo");
        _assembly = Directory.CreateDirectory(Path.Combine(repo, "tests", "bin")).FullName;
        File.WriteAllText(Path.Combine(repo, "Gateway.sln"), "");
        _shared = Path.Combine(_root, "shared");
        foreach (var suite in new[] { "fix42", "fix44" })
        {
            var folder = Directory.CreateDirectory(Path.Combine(_shared, "fix", "acceptance", "definitions", "server", suite)).FullName;
            File.WriteAllText(Path.Combine(folder, "b.def"), "iCONNECT\n");
            File.WriteAllText(Path.Combine(folder, "a.def"), "iCONNECT\n");
        }

        Directory.CreateDirectory(Path.Combine(_shared, "fix", "acceptance", "cfg"));
        WriteCfg("at_42.cfg", @"DataDictionary=spec\fix\FIX42.xml");
        WriteCfg("at_44.cfg", @"DataDictionary=spec\fix\FIX44.xml");
        Directory.CreateDirectory(Path.Combine(_shared, "fix", "spec"));
        File.WriteAllText(Path.Combine(_shared, "fix", "spec", "FIX42.xml"), "");
        File.WriteAllText(Path.Combine(_shared, "fix", "spec", "FIX44.xml"), "");
    }

    [TearDown]
    public void DeleteLayout() => Directory.Delete(_root, recursive: true);

    private void WriteCfg(string name, string dictionary) =>
        File.WriteAllText(Path.Combine(_shared, "fix", "acceptance", "cfg", name), $"[DEFAULT]\nSocketAcceptPort=5003\n[SESSION]\n{dictionary}\n");

    private AcceptanceSetup Resolve() => AcceptanceEnvironment.Resolve(n => _variables.GetValueOrDefault(n), _assembly);

    private string SharedPath(params string[] parts) => Path.Combine([_shared, "fix", .. parts]);

    [Test]
    public void By_default_both_suites_run_from_shared_with_their_own_settings()
    {
        var setup = Resolve();

        setup.Problem.Should().BeNull();
        setup.Suites.Should().Equal(
            new AcceptanceSuite("fix42", SharedPath("acceptance", "definitions", "server", "fix42"), SharedPath("acceptance", "cfg", "at_42.cfg"), SharedPath("spec")),
            new AcceptanceSuite("fix44", SharedPath("acceptance", "definitions", "server", "fix44"), SharedPath("acceptance", "cfg", "at_44.cfg"), SharedPath("spec")));
        setup.Suites[0].ScriptPaths().Select(Path.GetFileName).Should().Equal("a.def", "b.def");
    }

    [Test]
    public void Without_shared_the_setup_says_so_and_counts_as_missing_shared()
    {
        Directory.Delete(_shared, recursive: true);

        var setup = Resolve();

        setup.SharedMissing.Should().BeTrue();
        setup.Problem.Should().Contain("../shared").And.Contain("FIX_ACCEPTANCE_DIR");
    }

    [Test]
    public void A_folder_of_scripts_is_one_suite_named_after_it()
    {
        _variables[AcceptanceEnvironment.DirVariable] = SharedPath("acceptance", "definitions", "server", "fix44");

        Resolve().Suites.Should().ContainSingle().Which.Name.Should().Be("fix44");
    }

    [Test]
    public void The_cfg_variable_overrides_the_settings_of_every_suite()
    {
        var custom = Path.Combine(_root, "custom.cfg");
        File.WriteAllText(custom, "DataDictionary=FIX44.xml\n");
        _variables[AcceptanceEnvironment.CfgVariable] = custom;

        Resolve().Suites.Select(s => s.SettingsPath).Should().Equal(custom, custom);
    }

    [Test]
    public void A_dictionary_missing_from_the_spec_folder_is_a_problem_of_its_suite()
    {
        File.Delete(SharedPath("spec", "FIX44.xml"));

        var suites = Resolve().Suites;

        suites[0].Problem.Should().BeNull();
        suites[1].Problem.Should().Contain("FIX44.xml").And.Contain("spec");
    }

    [Test]
    public void A_suite_without_default_settings_asks_for_the_cfg_variable()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "misc")).FullName;
        File.WriteAllText(Path.Combine(folder, "x.def"), "");
        _variables[AcceptanceEnvironment.DirVariable] = folder;

        Resolve().Suites.Single().Problem.Should().Contain(AcceptanceEnvironment.CfgVariable);
    }

    [Test]
    public void A_scripts_folder_that_does_not_exist_is_a_failure_not_missing_shared()
    {
        _variables[AcceptanceEnvironment.DirVariable] = Path.Combine(_root, "nowhere");

        var setup = Resolve();

        setup.SharedMissing.Should().BeFalse();
        setup.Problem.Should().Contain("nowhere");
    }

    [TestCase(null, 10.0)]
    [TestCase("2.5", 2.5)]
    [TestCase("zero", 10.0)]
    public void The_line_timeout_is_read_in_seconds(string? value, double seconds)
    {
        AcceptanceEnvironment.LineTimeout(n => n == AcceptanceEnvironment.LineTimeoutVariable ? value : null)
            .Should().Be(TimeSpan.FromSeconds(seconds));
    }
}
