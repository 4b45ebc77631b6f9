using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Gateway.Sessions.Transport.Tls;

/// <summary>TLS for an acceptor: our certificate, and whether and how clients must prove who they are.</summary>
public sealed record TlsServerOptions
{
    /// <summary>Our certificate, with its private key.</summary>
    public required X509Certificate2 Certificate { get; init; }

    /// <summary>Refuse clients that present no valid certificate (mutual TLS).</summary>
    public bool ClientCertificateRequired { get; init; }

    /// <summary>When set, client chains must end in one of these roots instead of the system store.</summary>
    public X509Certificate2Collection? TrustedClientRoots { get; init; }

    /// <summary>Replaces the default validation of client certificates entirely.</summary>
    public RemoteCertificateValidationCallback? ValidateClientCertificate { get; init; }

    public SslProtocols Protocols { get; init; } = SslProtocols.None;

    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(10);

    internal SslServerAuthenticationOptions ToSslOptions()
    {
        var options = new SslServerAuthenticationOptions
        {
            ServerCertificate = Certificate,
            ClientCertificateRequired = ClientCertificateRequired,
            EnabledSslProtocols = Protocols,
            RemoteCertificateValidationCallback = ValidateClientCertificate,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            AllowRenegotiation = false,
        };
        if (TrustedClientRoots is not null)
        {
            options.CertificateChainPolicy = TlsTrust.CustomRoots(TrustedClientRoots);
        }

        return options;
    }
}

internal static class TlsTrust
{
    public static X509ChainPolicy CustomRoots(X509Certificate2Collection roots)
    {
        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
        };
        policy.CustomTrustStore.AddRange(roots);
        return policy;
    }
}
