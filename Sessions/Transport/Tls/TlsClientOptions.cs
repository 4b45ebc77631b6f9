using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Gateway.Sessions.Transport.Tls;

/// <summary>TLS for an initiator: who the server must be, and what to trust.</summary>
public sealed record TlsClientOptions
{
    /// <summary>The server's name: sent as SNI and checked against its certificate.</summary>
    public required string ServerName { get; init; }

    /// <summary>
    /// When set, the server's chain must end in one of these roots instead of the system store: a venue's private CA,
    /// or a self-signed certificate in tests.
    /// </summary>
    public X509Certificate2Collection? TrustedRoots { get; init; }

    /// <summary>Replaces the default validation entirely; only for what the settings above cannot express.</summary>
    public RemoteCertificateValidationCallback? ValidateServerCertificate { get; init; }

    /// <summary>Our certificate, with its private key, for servers that require one.</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>None lets the OS choose (TLS 1.2 and 1.3 on current systems).</summary>
    public SslProtocols Protocols { get; init; } = SslProtocols.None;

    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(10);

    internal SslClientAuthenticationOptions ToSslOptions()
    {
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = ServerName,
            EnabledSslProtocols = Protocols,
            RemoteCertificateValidationCallback = ValidateServerCertificate,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,

            // A renegotiation would write from the reader thread, which this transport refuses (see TlsConnection).
            AllowRenegotiation = false,
        };
        if (TrustedRoots is not null)
        {
            options.CertificateChainPolicy = TlsTrust.CustomRoots(TrustedRoots);
        }

        if (ClientCertificate is not null)
        {
            options.ClientCertificates = [ClientCertificate];
        }

        return options;
    }
}
