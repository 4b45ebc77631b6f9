using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Venues.Fix;

/// <summary>
/// The <see cref="IFixApplication"/> of one <see cref="Gateway.Sessions.Fix.Engine.FixEngine"/> that carries venue
/// sessions: it owns one <see cref="FixVenueAdapter"/> per venue session and routes each session's callbacks to it.
/// </summary>
/// <remarks>
/// <para>Add the adapters before the engine is built (the engine calls <see cref="OnCreate"/> for each session as it
/// builds it); one added later is attached at once if its session already exists.</para>
/// <para>A session without an adapter (configured in the engine's settings but not for a venue) still logs on: its
/// application messages are answered with BusinessMessageReject 380=4 "Application not available", so the peer
/// knows nobody read them, and counted in <see cref="UnroutedMessages"/>. Admin messages go on as usual.</para>
/// <para>Routing is a scan of a short array by session reference: no hashing of session ids per message.</para>
/// </remarks>
public sealed class FixVenueApplication : IFixApplication
{
    private readonly List<FixVenueAdapter> _adapters = [];
    private readonly List<FixSession> _created = [];
    private SessionRoute[] _routes = [];
    private long _unrouted;

    public IReadOnlyList<FixVenueAdapter> Adapters => _adapters;

    /// <summary>Application messages of sessions without an adapter (answered with 380=4).</summary>
    public long UnroutedMessages => Volatile.Read(ref _unrouted);

    /// <summary>Builds the adapter for a venue and routes its session to it (cold).</summary>
    public FixVenueAdapter Add(FixVenueOptions options, IVenueReportSink sink)
    {
        var adapter = new FixVenueAdapter(options, sink);
        Add(adapter);
        return adapter;
    }

    /// <summary>Routes an adapter's session to it (cold). One adapter per session and per venue id.</summary>
    public void Add(FixVenueAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        foreach (var existing in _adapters)
        {
            if (existing.Options.SessionId == adapter.Options.SessionId || existing.VenueId == adapter.VenueId)
            {
                throw new ArgumentException($"{adapter} clashes with {existing}: one adapter per session and per venue");
            }
        }

        _adapters.Add(adapter);
        var session = _created.Find(s => s.Id == adapter.Options.SessionId);
        if (session is not null)
        {
            Route(session, adapter);
        }
    }

    /// <summary>The adapter of a venue, or null (cold).</summary>
    public FixVenueAdapter? Find(int venueId) => _adapters.Find(a => a.VenueId == venueId);

    public void OnCreate(FixSession session)
    {
        _created.Add(session);
        var adapter = _adapters.Find(a => a.Options.SessionId == session.Id);
        Route(session, adapter);
    }

    public void OnLogon(FixSession session) => AdapterOf(session)?.OnLogon();

    public void OnLogout(FixSession session) => AdapterOf(session)?.OnLogout();

    public FixAppResult FromAdmin(FixSession session, in FixMessage message)
    {
        AdapterOf(session)?.FromAdmin(in message);
        return FixAppResult.Accepted;
    }

    public FixAppResult FromApp(FixSession session, in FixMessage message)
    {
        if (AdapterOf(session) is { } adapter)
        {
            return adapter.FromApp(in message);
        }

        Interlocked.Increment(ref _unrouted);
        return NotAvailable;
    }

    private static readonly FixAppResult NotAvailable =
        FixAppResult.BusinessReject(BusinessRejectReason.ApplicationNotAvailable);

    private FixVenueAdapter? AdapterOf(FixSession session)
    {
        var routes = Volatile.Read(ref _routes);
        for (var i = 0; i < routes.Length; i++)
        {
            if (ReferenceEquals(routes[i].Session, session))
            {
                return routes[i].Adapter;
            }
        }

        return null;
    }

    /// <summary>Copy-on-write: the array the engine thread reads is replaced whole, never changed in place.</summary>
    private void Route(FixSession session, FixVenueAdapter? adapter)
    {
        adapter?.Attach(session);
        var routes = new List<SessionRoute>(_routes);
        routes.RemoveAll(r => ReferenceEquals(r.Session, session));
        routes.Add(new SessionRoute(session, adapter));
        Volatile.Write(ref _routes, [.. routes]);
    }

    private sealed record SessionRoute(FixSession Session, FixVenueAdapter? Adapter);
}
