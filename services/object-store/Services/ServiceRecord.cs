namespace Mobius.Micro.ObjectStore.Services;

/// <summary>A service as stored in <c>services</c>: its name, whether it runs, its free-form settings (a JSON object) and when it was registered and last reloaded.</summary>
public sealed record ServiceRecord(string Hid, string Sid, string Name, string State, string SettingsJson, DateTimeOffset RegisteredAt, DateTimeOffset? ReloadedAt)
{
    public const string Running = "running";
    public const string Stopped = "stopped";

    public bool IsStopped => State == Stopped;
}
