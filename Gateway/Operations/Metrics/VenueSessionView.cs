using Gateway.Hosting;
using Gateway.Sessions.Fix.Session;
using Gateway.Venues.Fix;
using Gateway.Venues.Ouch;

namespace Gateway.Operations.Metrics;

/// <summary>A venue session as the metrics name it: label <c>session</c> (the venue's name) and <c>protocol</c>.</summary>
internal sealed record VenueSessionView(string Name, string Protocol, FixVenueAdapter? Fix, OuchVenueAdapter? Ouch)
{
    public FixSession? FixSession => Fix?.Session;

    public (string, string)[] Labels => [("session", Name), ("protocol", Protocol)];

    public static List<VenueSessionView> Of(GatewayHost host)
    {
        var views = new List<VenueSessionView>();
        foreach (var venue in host.Venues)
        {
            if (venue is FixVenueAdapter fix)
            {
                views.Add(new VenueSessionView(fix.Name, fix.Options.SessionId.BeginString, fix, null));
            }
            else if (venue is OuchVenueAdapter ouch)
            {
                views.Add(new VenueSessionView(ouch.Name, ProtocolOf(ouch.Options.Dialect), null, ouch));
            }
        }

        return views;
    }

    public static string ProtocolOf(OuchDialect dialect) => dialect == OuchDialect.Ouch42 ? "OUCH4.2" : "OUCH5.0";
}
