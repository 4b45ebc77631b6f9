using System.Net;
using Gateway.Admin.Control;
using Gateway.Admin.Endpoints;
using Gateway.Admin.Security;
using Gateway.Admin.Web;
using Gateway.Hosting;
using Gateway.Operations.Metrics;
using Gateway.Operations.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Admin;

/// <summary>
/// The admin console: Kestrel on <c>admin.listen</c> serving the page (embedded static files) at <c>/</c>, the REST
/// API under <c>/api</c> and Prometheus text at <c>/metrics</c>. Started by <see cref="GatewayHost"/> after its threads,
/// disposed before them. Everything here runs on Kestrel's threads; the gateway's own threads are reached only through
/// their command queues (<see cref="GatewayControl"/>).
/// </summary>
public sealed class AdminConsole : IDisposable
{
    private readonly WebApplication _app;

    private AdminConsole(WebApplication app, Uri address, GatewayControl control, AuditTrail audit)
    {
        _app = app;
        Address = address;
        Control = control;
        Audit = audit;
    }

    /// <summary>Where the console listens (the bound port when the configuration said 0).</summary>
    public Uri Address { get; }

    public GatewayControl Control { get; }

    public AuditTrail Audit { get; }

    public static AdminConsole Start(GatewayHost host, Serilog.ILogger log)
    {
        var config = host.Config.Admin;
        var endpoint = IPEndPoint.Parse(config.Listen!);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(AdminConsole).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // No framework logging at all: request logs would carry the Authorization header's neighbourhood, and the
        // gateway logs what matters (actions, by token name) itself.
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(endpoint);
        });
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, AdminJsonContext.Default));

        var app = builder.Build();
        var control = new GatewayControl(host);
        var audit = new AuditTrail(Path.GetFullPath(config.AuditFile, host.Config.DataDirectory));
        var exporter = new PrometheusExporter(host);
        var files = new EmbeddedWwwroot(typeof(AdminConsole).Assembly);

        app.Use((context, next) =>
        {
            if (context.Request.Path == "/")
            {
                context.Request.Path = "/index.html";
            }

            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapGet("/metrics", () =>
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            exporter.Write(text);
            return Results.Text(text.ToString(), PrometheusExporter.ContentType);
        });
        AdminApi.Map(app, control, new MessageSearch(host), audit, new AuditFilter(new AdminTokens(config.Tokens), audit, log));

        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch
        {
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var address = new Uri(bound.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "[::1]", StringComparison.Ordinal));
        log.Information("Admin console on {Address} ({Tokens} tokens, audit trail {AuditFile})", address, config.Tokens.Count, audit.Path);
        return new AdminConsole(app, address, control, audit);
    }

    public void Dispose()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        _app.StopAsync(timeout.Token).GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
