using Gateway.System.Tests.Peers;

namespace Gateway.System.Tests.GatewayInterop;

/// <summary>
/// ordermatch (FIX 4.2, CompID MATCH) with two client sessions, GWA and GWB, and the gateway's two venues over them:
/// venue <see cref="VenueA"/> for strategy 1, <see cref="VenueB"/> for strategy 2.
/// </summary>
internal static class OrderMatchSetup
{
    public const int VenueA = 0;

    public const int VenueB = 1;

    public static QuickFixPeerOptions Peer { get; } = new()
    {
        App = QuickFixApp.OrderMatch,
        BeginString = "FIX.4.2",
        SenderCompId = "MATCH",
        TargetCompIds = ["GWA", "GWB"],
    };

    public static InteropVenue[] Venues(QuickFixPeer peer) =>
    [
        new(VenueA, "QFX-MATCH-A", peer.Port, "FIX.4.2", "GWA", "MATCH"),
        new(VenueB, "QFX-MATCH-B", peer.Port, "FIX.4.2", "GWB", "MATCH"),
    ];
}
