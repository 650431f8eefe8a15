using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mobius.Micro.ObjectStore.Node;

/// <summary>
/// A node backup: every object of the hub (but the services' own status objects) with the 16 slots
/// of each resource and its settings overrides, and the services' names, states and settings.
/// Write-only values read <c>"********"</c> unless the backup was taken with secrets.
/// <code>
/// {"format":"mobius-micro-backup","version":1,"hid":"000001","createdAt":"...","secrets":false,
///  "services":[{"sid":"020","name":"Object Store","state":"running","settings":{}}],
///  "objects":[{"uri":"000001/021/FFC0/0001","profileName":"mobiusFlowConnector",
///              "resources":{"0B":{"prar":[null,...,"MF_00BCC0"]},"40":{"prar":[...],"settings":{"tags":["x"]}}}}]}
/// </code>
/// </summary>
public sealed record BackupDocument(
    string Format, int Version, string Hid, string CreatedAt, bool Secrets, IReadOnlyList<BackupService> Services, IReadOnlyList<BackupObject> Objects)
{
    public const string FormatName = "mobius-micro-backup";
    public const int CurrentVersion = 1;
}

public sealed record BackupService(string Sid, string Name, string State, JsonElement Settings);

public sealed record BackupObject(string Uri, string ProfileName, IReadOnlyDictionary<string, BackupResource> Resources);

public sealed record BackupResource(JsonArray Prar, JsonObject? Settings = null);

/// <summary>Reading a backup document sent for restore, with a message naming what is wrong.</summary>
public static class BackupDocuments
{
    /// <summary>The document, sent as taken or still in the backup answer's envelope (<c>{"ts","uri","data":{...}}</c>).</summary>
    public static BackupDocument Read(JsonElement body)
    {
        if (body.ValueKind == JsonValueKind.Object && !body.TryGetProperty("format", out _)
            && body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            body = data;
        }

        BackupDocument? document;
        try
        {
            document = body.Deserialize<BackupDocument>(JsonSerializerOptions.Web);
        }
        catch (JsonException invalid)
        {
            throw NodeErrors.InvalidBackup($"not a backup document: {invalid.Message}");
        }

        if (document is null || document.Format != BackupDocument.FormatName || document.Version != BackupDocument.CurrentVersion)
        {
            throw NodeErrors.InvalidBackup($"format must be \"{BackupDocument.FormatName}\" version {BackupDocument.CurrentVersion}");
        }

        if (document.Objects is null || document.Services is null || document.Hid is null)
        {
            throw NodeErrors.InvalidBackup("hid, services and objects are required");
        }

        return document;
    }
}
