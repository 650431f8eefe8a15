namespace Mobius.Micro.Cli.Simulate.Provisioning;

/// <summary>How many objects of each group were created and how many were already there; safe to update from parallel requests.</summary>
public sealed class ProvisioningTally
{
    private readonly Dictionary<string, (int Created, int Existing)> _groups = new(StringComparer.Ordinal);
    private readonly Lock _updating = new();

    public void Add(string group, ObjectCreationResult result)
    {
        lock (_updating)
        {
            var (created, existing) = _groups.GetValueOrDefault(group);
            _groups[group] = result == ObjectCreationResult.Created ? (created + 1, existing) : (created, existing + 1);
        }
    }

    /// <summary>e.g. <c>3 connectors (3 created, 0 already there)</c>, one group per line.</summary>
    public IEnumerable<string> Describe()
    {
        lock (_updating)
        {
            return [.. _groups.Select(group => $"{group.Value.Created + group.Value.Existing} {group.Key} ({group.Value.Created} created, {group.Value.Existing} already there)")];
        }
    }
}
