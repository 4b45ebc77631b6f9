using System.Text;
using Gateway.Sessions.Fix.Store;

namespace Gateway.Acceptance.Tests.Echo;

/// <summary>The last lines a session logged (messages in and out, events), for the runner's failure reports.</summary>
internal sealed class RecentEventsLog(string session, int capacity = 200) : IFixMessageLog
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _lock = new();

    public void OnIncoming(ReadOnlySpan<byte> frame) => Add("in  " + Text(frame));

    public void OnOutgoing(ReadOnlySpan<byte> frame) => Add("out " + Text(frame));

    public void OnEvent(string text) => Add("evt " + text);

    public string Dump()
    {
        lock (_lock)
        {
            return string.Join(Environment.NewLine, _lines.Select(l => session + " " + l));
        }
    }

    public void Dispose()
    {
    }

    private static string Text(ReadOnlySpan<byte> frame) => Encoding.Latin1.GetString(frame).Replace('\u0001', '|');

    private void Add(string line)
    {
        lock (_lock)
        {
            _lines.Enqueue(DateTime.UtcNow.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) + " " + line);
            while (_lines.Count > capacity)
            {
                _lines.Dequeue();
            }
        }
    }
}
