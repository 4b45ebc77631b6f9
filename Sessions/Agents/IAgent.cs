namespace Gateway.Sessions.Agents;

/// <summary>
/// A unit of work that must not wait: a runner calls <see cref="DoWork"/> in a loop and passes the amount of work
/// done to an idle strategy. One thread can drive many agents (<see cref="CompositeAgent"/>). (Agrona's Agent.)
/// </summary>
public interface IAgent
{
    string RoleName { get; }

    /// <summary>Does a bounded amount of work and returns how much (0 = nothing to do).</summary>
    int DoWork();

    void OnStart() { }

    void OnClose() { }
}
