using System.Security.Cryptography.X509Certificates;
using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Tests.Fix.Session;
using Gateway.Sessions.Tests.Transport;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Engine;

/// <summary>
/// TLS configured from the .cfg: a self-signed certificate written as a .pfx (for the acceptor) and a .cer (for the
/// initiator to trust) to a temp directory, two engines stepped by hand on the test thread.
/// </summary>
public sealed class TlsEngineTests
{
    private const string PfxPassword = "s3cret-pfx";

    private string _dir = null!;
    private string _pfx = null!;
    private string _cer = null!;

    [SetUp]
    public void WriteCertificateFiles()
    {
        _dir = Directory.CreateTempSubdirectory("gw-tls-").FullName;
        using var certificate = TestCertificates.SelfSigned("localhost");
        _pfx = Path.Combine(_dir, "venue.pfx");
        _cer = Path.Combine(_dir, "venue.cer");
        File.WriteAllBytes(_pfx, certificate.Export(X509ContentType.Pfx, PfxPassword));
        File.WriteAllBytes(_cer, certificate.Export(X509ContentType.Cert));
    }

    [TearDown]
    public void DeleteCertificateFiles() => Directory.Delete(_dir, recursive: true);

    [Test]
    [Category("System")]
    [CancelAfter(20_000)]
    public async Task Initiator_logs_on_over_tls_exchanges_a_message_and_logs_out(CancellationToken token)
    {
        var venue = new RecordingApplication();
        using var acceptor = Create(AcceptorCfg(PfxPassword), venue);
        var trader = new RecordingApplication();
        using var initiator = Create(InitiatorCfg(acceptor.AcceptorPorts[0], $"SSLCACertificate={_cer}"), trader);
        var gw = initiator.Sessions[0];
        var ven = acceptor.Sessions[0];

        await Step(acceptor, initiator, () => gw.IsLoggedOn && ven.IsLoggedOn, token);
        var news = new NewsBody("over TLS"u8);
        gw.TrySend("B"u8, ref news).Should().Be(FixSendStatus.Sent);
        await Step(acceptor, initiator, () => venue.App.Count == 1, token);
        gw.Logout("done");
        await Step(acceptor, initiator, () => trader.Logouts == 1 && venue.Logouts == 1, token);

        venue.App[0].Should().Contain("|35=B|").And.Contain("|148=over TLS|");
        trader.Logons.Should().Be(1);
        venue.Logons.Should().Be(1);
        acceptor.AcceptorRefusedConnections.Should().Be(0);
        initiator.InitiatorHandshakeFailures.Should().Be(0);
    }

    [Test]
    [Category("System")]
    [CancelAfter(20_000)]
    public async Task Initiator_that_does_not_trust_the_certificate_never_logs_on(CancellationToken token)
    {
        var venue = new RecordingApplication();
        using var acceptor = Create(AcceptorCfg(PfxPassword), venue);
        var trader = new RecordingApplication();
        using var initiator = Create(InitiatorCfg(acceptor.AcceptorPorts[0], extra: string.Empty), trader);

        // The initiator validates against the system store, refuses the handshake and closes; the acceptor counts
        // the connection that never reached a session.
        await Step(acceptor, initiator,
            () => acceptor.AcceptorRefusedConnections >= 1 && initiator.InitiatorHandshakeFailures >= 1, token);

        trader.Logons.Should().Be(0);
        venue.Logons.Should().Be(0);
        venue.Admin.Should().BeEmpty("no byte of FIX crossed the failed handshake");
        initiator.Sessions[0].IsLoggedOn.Should().BeFalse();
        acceptor.Sessions[0].HasConnection.Should().BeFalse();
    }

    [Test]
    public void A_wrong_certificate_password_is_a_configuration_error_naming_setting_and_session()
    {
        var act = () => Create(AcceptorCfg("not-the-password"), new RecordingApplication());

        var error = act.Should().Throw<SettingsException>().Which;
        error.Message.Should().Contain("SSLCertificate").And.Contain("VENUE").And.Contain("SSLCertificatePassword");
        error.Message.Should().NotContain("not-the-password");
    }

    [Test]
    public void A_missing_certificate_file_is_a_configuration_error()
    {
        File.Delete(_pfx);

        var act = () => Create(AcceptorCfg(PfxPassword), new RecordingApplication());

        act.Should().Throw<SettingsException>().WithMessage("*SSLCertificate*venue.pfx*existing*")
            .Which.Message.Should().NotContain(PfxPassword);
    }

    [Test]
    public void A_missing_ca_certificate_file_is_a_configuration_error()
    {
        var act = () => Create(InitiatorCfg(9, $"SSLCACertificate={_dir}/none.cer"), new RecordingApplication());

        act.Should().Throw<SettingsException>().WithMessage("*GW->VENUE*SSLCACertificate*none.cer*existing*");
    }

    [Test]
    public void Tls_acceptor_without_a_certificate_is_a_configuration_error()
    {
        var cfg = AcceptorCfg(PfxPassword).Replace($"SSLCertificate={_pfx}", string.Empty, StringComparison.Ordinal);

        var act = () => Create(cfg, new RecordingApplication());

        act.Should().Throw<SettingsException>().WithMessage("*has no SSLCertificate*");
    }

    private string AcceptorCfg(string password) => $"""
        [DEFAULT]
        ConnectionType=acceptor
        SocketAcceptHost=127.0.0.1
        SocketAcceptPort=0
        StartTime=00:00:00
        EndTime=00:00:00
        UseDataDictionary=N
        SSLEnable=Y
        SSLCertificate={_pfx}
        SSLCertificatePassword={password}
        SSLRequireClientCertificate=N
        [SESSION]
        BeginString=FIX.4.4
        SenderCompID=VENUE
        TargetCompID=GW
        """;

    private static string InitiatorCfg(int port, string extra) => $"""
        [DEFAULT]
        ConnectionType=initiator
        SocketConnectHost=127.0.0.1
        SocketConnectPort={port}
        HeartBtInt=30
        ReconnectInterval=1
        StartTime=00:00:00
        EndTime=00:00:00
        UseDataDictionary=N
        SSLEnable=Y
        SSLServerName=localhost
        {extra}
        [SESSION]
        BeginString=FIX.4.4
        SenderCompID=GW
        TargetCompID=VENUE
        """;

    private static FixEngine Create(string cfg, IFixApplication app) =>
        FixEngine.Create(new FixEngineOptions { Settings = QuickFixSettingsFile.Parse(cfg), Application = app });

    /// <summary>Steps both engines until the condition holds; the handshakes run on the thread pool meanwhile.</summary>
    private static async Task Step(FixEngine acceptor, FixEngine initiator, Func<bool> condition, CancellationToken token)
    {
        while (!condition())
        {
            var work = initiator.DoWork() + acceptor.DoWork();
            if (work == 0)
            {
                await Task.Delay(1, token);
            }
        }
    }

    private readonly ref struct NewsBody(ReadOnlySpan<byte> headline) : IFixBody
    {
        private readonly ReadOnlySpan<byte> _headline = headline;

        public void WriteHeader(ref FixHeaderFields header)
        {
        }

        public void WriteBody(ref FixWriter writer) => writer.Add(148, _headline);
    }
}
