using System.Text.Json;
using System.Text.Json.Serialization;
using Gateway.Operations.Search;

namespace Gateway.Admin.Web;

/// <summary>Source-generated JSON for everything the API reads and writes (camelCase, nulls kept: the page expects every field).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(OkBody))]
[JsonSerializable(typeof(StatusView))]
[JsonSerializable(typeof(IReadOnlyList<SessionView>))]
[JsonSerializable(typeof(IReadOnlyList<StrategyView>))]
[JsonSerializable(typeof(IReadOnlyList<OrderView>))]
[JsonSerializable(typeof(RiskView))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, long>))]
[JsonSerializable(typeof(IReadOnlyList<FoundMessage>))]
[JsonSerializable(typeof(IReadOnlyList<AuditEntry>))]
[JsonSerializable(typeof(AuditEntry))]
public sealed partial class AdminJsonContext : JsonSerializerContext;
