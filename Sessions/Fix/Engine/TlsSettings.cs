using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Transport.Tls;

namespace Gateway.Sessions.Fix.Engine;

/// <summary>
/// The TLS options a session's SSL* settings ask for, with QuickFIX/n's meanings: SSLCertificate is a PKCS#12 (.pfx)
/// file opened with SSLCertificatePassword (the acceptor's certificate, or the initiator's client certificate);
/// SSLCACertificate is a certificate file whose chain roots are trusted instead of the system store; SSLEnable
/// defaults to Y when SSLCertificate is given. A file that cannot be read is a <see cref="SettingsException"/>
/// naming the setting and the session, never the password. Cold: once per session at start.
/// </summary>
internal static class TlsSettings
{
    public static bool IsEnabled(SettingsSection section) =>
        section.GetBool(SettingNames.SSLEnable, section.Has(SettingNames.SSLCertificate));

    public static TlsServerOptions? ForAcceptor(SettingsSection section, string? baseDirectory)
    {
        if (!IsEnabled(section))
        {
            return null;
        }

        var certificate = LoadPkcs12(section, baseDirectory);
        var requireClient = section.GetBool(
            SettingNames.SSLRequireClientCertificate, SettingNames.SSLRequireClientCertificateDefault);
        var validate = section.GetBool(SettingNames.SSLValidateCertificates, SettingNames.SSLValidateCertificatesDefault);
        return new TlsServerOptions
        {
            Certificate = certificate,
            ClientCertificateRequired = requireClient,
            TrustedClientRoots = LoadTrustedRoots(section, baseDirectory),
            ValidateClientCertificate = validate ? null : AcceptAny,
        };
    }

    public static TlsClientOptions? ForInitiator(SettingsSection section, string connectHost, string? baseDirectory)
    {
        if (!IsEnabled(section))
        {
            return null;
        }

        var validate = section.GetBool(SettingNames.SSLValidateCertificates, SettingNames.SSLValidateCertificatesDefault);
        return new TlsClientOptions
        {
            ServerName = section.GetString(SettingNames.SSLServerName, connectHost),
            TrustedRoots = LoadTrustedRoots(section, baseDirectory),
            ValidateServerCertificate = validate ? null : AcceptAny,
            ClientCertificate = section.Has(SettingNames.SSLCertificate) ? LoadPkcs12(section, baseDirectory) : null,
        };
    }

    /// <summary>What makes two acceptor sessions' TLS the same, so that they can share one listening port.</summary>
    public static string AcceptorKey(SettingsSection section) =>
        !IsEnabled(section)
            ? "plain"
            : string.Join('|',
                section.GetString(SettingNames.SSLCertificate, string.Empty),
                section.GetString(SettingNames.SSLRequireClientCertificate, string.Empty),
                section.GetString(SettingNames.SSLValidateCertificates, string.Empty),
                section.GetString(SettingNames.SSLCACertificate, string.Empty));

    private static bool AcceptAny(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        true;

    private static X509Certificate2 LoadPkcs12(SettingsSection section, string? baseDirectory)
    {
        var path = section.GetPath(SettingNames.SSLCertificate, baseDirectory);
        if (!File.Exists(path))
        {
            throw section.BadValue(SettingNames.SSLCertificate, "an existing .pfx file");
        }

        var password = section.GetString(SettingNames.SSLCertificatePassword, string.Empty);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException e)
        {
            // The loader's message names neither the path nor the password.
            throw section.BadValue(SettingNames.SSLCertificate,
                $"a PKCS#12 file readable with {SettingNames.SSLCertificatePassword} ({e.Message})");
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw section.BadValue(SettingNames.SSLCertificate, "a .pfx file holding the certificate's private key");
        }

        return certificate;
    }

    private static X509Certificate2Collection? LoadTrustedRoots(SettingsSection section, string? baseDirectory)
    {
        var path = section.GetPathOrNull(SettingNames.SSLCACertificate, baseDirectory);
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw section.BadValue(SettingNames.SSLCACertificate, "an existing certificate file");
        }

        try
        {
            // PEM may hold a chain of several; DER (.cer) holds one.
            var roots = new X509Certificate2Collection();
            if (File.ReadAllText(path).Contains("-----BEGIN", StringComparison.Ordinal))
            {
                roots.ImportFromPemFile(path);
            }
            else
            {
                roots.Add(X509CertificateLoader.LoadCertificateFromFile(path));
            }

            return roots.Count > 0 ? roots : throw section.BadValue(SettingNames.SSLCACertificate, "a certificate file");
        }
        catch (CryptographicException e)
        {
            throw section.BadValue(SettingNames.SSLCACertificate, $"a PEM or DER certificate file ({e.Message})");
        }
    }
}
