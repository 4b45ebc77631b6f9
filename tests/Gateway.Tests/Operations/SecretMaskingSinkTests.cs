using FluentAssertions;
using Gateway.Config;
using Gateway.Hosting;
using NUnit.Framework;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Gateway.Tests.Operations;

public sealed class SecretMaskingSinkTests
{
    [Test]
    [CancelAfter(5_000)]
    public void Secrets_are_masked_in_properties_records_structures_templates_and_exceptions(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var events = new Collector();
        using var log = new LoggerConfiguration().MinimumLevel.Verbose()
            .WriteTo.Sink(new SecretMaskingSink(events, ["hunter22", "tok-XYZ"])).CreateLogger();
        var venue = new VenueConfig { Id = 1, Name = "V", Protocol = "ouch50", Password = "hunter22" };

        log.Information("plain {Value}", "hunter22");
        log.Information("record {Venue}", venue);
        log.Information("structure {@Venue}", venue);
        log.Information("list {Tokens}", new[] { "a", "tok-XYZ" });
        log.Error(new InvalidOperationException("bad tok-XYZ"), "failed");
        log.Information("nothing secret {Value}", 42);

        var rendered = events.Events.Select(e => e.RenderMessage() + " " + e.Exception).ToList();
        rendered.Should().HaveCount(6).And.OnlyContain(t => !t.Contains("hunter22") && !t.Contains("tok-XYZ"));
        rendered[0].Should().Contain("***");
        rendered[4].Should().Contain("bad ***");
        events.Events[5].Properties["Value"].ToString().Should().Be("42");
    }

    [Test]
    [CancelAfter(5_000)]
    public void The_secrets_of_a_config_are_its_passwords_and_tokens(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var config = new GatewayConfig
        {
            Venues = [new VenueConfig { Id = 1, Name = "O", Protocol = "ouch50", Password = "soup-pw" }],
            Clients = new ClientsConfig { Strategies = [new StrategyConfig { Id = 1, Token = "strategy-token" }] },
            Admin = new AdminConfig { Tokens = [new AdminTokenConfig { Name = "ops", Token = "admin-token" }] },
            FixSettingsText = "[DEFAULT]\nConnectionType=initiator\n[SESSION]\nBeginString=FIX.4.4\nSenderCompID=A\nTargetCompID=B\nPassword=fix-pw\n",
        };

        HostLogging.SecretsOf(config).Should().BeEquivalentTo("soup-pw", "strategy-token", "admin-token", "fix-pw");
    }

    [Test]
    [CancelAfter(5_000)]
    public void An_unknown_level_is_a_configuration_error(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        FluentActions.Invoking(() => HostLogging.Create(new GatewayConfig { Logging = new LoggingConfig { Level = "Loud" } }))
            .Should().Throw<GatewayConfigException>().WithMessage("*logging.level 'Loud'*");
    }

    private sealed class Collector : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
