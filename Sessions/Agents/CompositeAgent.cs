namespace Gateway.Sessions.Agents;

/// <summary>Several agents on one thread: each duty cycle runs every agent once.</summary>
public sealed class CompositeAgent(params IAgent[] agents) : IAgent
{
    public string RoleName { get; } = string.Join(",", agents.Select(a => a.RoleName));

    public int DoWork()
    {
        var work = 0;
        foreach (var agent in agents)
        {
            work += agent.DoWork();
        }

        return work;
    }

    public void OnStart()
    {
        foreach (var agent in agents)
        {
            agent.OnStart();
        }
    }

    public void OnClose()
    {
        foreach (var agent in agents)
        {
            agent.OnClose();
        }
    }
}
