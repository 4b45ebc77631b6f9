using Gateway.Hosting;

namespace Gateway.Operations.Search;

/// <summary>Searches the FIX and OUCH message logs of the gateway's venue sessions (cold path: reads the log files).</summary>
public sealed class MessageSearch(GatewayHost host)
{
    public GatewayHost Host { get; } = host;

    /// <summary>Messages matching <paramref name="query"/>, oldest first, at most <see cref="MessageQuery.Limit"/>.</summary>
    public IReadOnlyList<FoundMessage> Find(MessageQuery query) => [];
}
