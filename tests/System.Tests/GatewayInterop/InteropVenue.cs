namespace Gateway.System.Tests.GatewayInterop;

/// <summary>
/// One venue of the gateway under test: a FIX initiator session from the gateway (<paramref name="GatewayCompId"/>)
/// to a QuickFIX C++ peer (<paramref name="PeerCompId"/>) listening on <paramref name="Port"/>.
/// </summary>
internal sealed record InteropVenue(int Id, string Name, int Port, string BeginString, string GatewayCompId, string PeerCompId)
{
    /// <summary>FIXT.1.1 only: the application version the gateway announces in its Logon (1137).</summary>
    public string DefaultApplVerId { get; init; } = "FIX.5.0";
}
