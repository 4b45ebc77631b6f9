using FluentAssertions;
using Gateway.Admin.Security;
using Gateway.Admin.Web;
using NUnit.Framework;

namespace Gateway.Tests.Admin;

/// <summary>The audit trail: JSON lines on disk, read back newest first, a torn line skipped, kept across instances (restarts).</summary>
public sealed class AuditTrailTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("audit-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Entries_are_json_lines_read_back_newest_first_across_restarts()
    {
        var path = Path.Combine(_folder, "sub", "audit.jsonl");
        var time = new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);
        new AuditTrail(path).Append(new AuditEntry(time, "alice", "logon", "SIM", "ok: logging on"));
        var restarted = new AuditTrail(path);
        restarted.Append(new AuditEntry(time.AddSeconds(1), "unknown", "killswitch", "global on", "refused: 401 no or unknown token"));

        var lines = File.ReadAllLines(path);
        lines.Should().HaveCount(2);
        lines[0].Should().Be("""{"time":"2026-11-22T02:00:00+00:00","who":"alice","action":"logon","target":"SIM","result":"ok: logging on"}""");
        var entries = restarted.Newest(10);
        entries.Select(e => e.Action).Should().Equal("killswitch", "logon");
        restarted.Newest(1).Should().ContainSingle().Which.Who.Should().Be("unknown");
    }

    [Test]
    public void A_torn_line_is_skipped_and_a_missing_file_is_empty()
    {
        var path = Path.Combine(_folder, "audit.jsonl");
        var trail = new AuditTrail(path);
        trail.Newest(5).Should().BeEmpty();
        trail.Append(new AuditEntry(DateTimeOffset.UtcNow, "alice", "logout", "SIM", "ok"));
        File.AppendAllText(path, """{"time":"2026-11-22T02:00""");

        trail.Newest(5).Should().ContainSingle().Which.Action.Should().Be("logout");
    }
}
