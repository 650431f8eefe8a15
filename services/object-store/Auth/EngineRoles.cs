namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>The roles of Engine API users; <see cref="Admin"/> implies every other.</summary>
public static class EngineRoles
{
    public const string Admin = "admin";
    public const string Flows = "flows";
    public const string Configure = "configure";
    public const string Subscribe = "subscribe";
    public const string Write = "write";
    public const string Read = "read";

    public static IReadOnlyList<string> All { get; } = [Admin, Flows, Configure, Subscribe, Write, Read];
}
