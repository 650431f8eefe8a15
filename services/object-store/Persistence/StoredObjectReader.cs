using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Profiles;
using Npgsql;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>
/// Turns rows of <see cref="Columns"/> (objects left-joined with their resources, ordered by object)
/// into objects. Only stored values live in the database; names, types and settings come from the
/// profile, with the object's overrides applied.
/// </summary>
public sealed class StoredObjectReader(ProfileCatalog profiles)
{
    /// <summary>What a query must select, in this order, from <c>objects o left join resources r using (hid, sid, pid, ins)</c>.</summary>
    public const string Columns = "o.hid, o.sid, o.pid, o.ins, r.rid, r.prar::text, r.settings::text";

    public async Task<List<ObjectInstance>> ReadAllAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var objects = new List<ObjectInstance>();
        MobiusUri? current = null;
        var rows = new List<(string Rid, string Prar, string? Settings)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var uri = MobiusUri.FromParts(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
            if (current is not null && !current.Equals(uri))
            {
                objects.Add(Build(current, rows));
                rows.Clear();
            }

            current = uri;
            if (!reader.IsDBNull(4))
            {
                rows.Add((reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
            }
        }

        if (current is not null)
        {
            objects.Add(Build(current, rows));
        }

        return objects;
    }

    public ObjectInstance Build(MobiusUri uri, IEnumerable<(string Rid, string Prar, string? Settings)> rows)
    {
        var profile = profiles.Find(uri.Sid!, uri.Pid!)
            ?? throw new InvalidDataException($"stored object {uri} has a profile this store does not know");
        var arrays = new Dictionary<string, PriorityArray>(StringComparer.Ordinal);
        var overrides = new Dictionary<string, SettingsOverrides>(StringComparer.Ordinal);
        foreach (var (rid, prar, settings) in rows)
        {
            if (profile.FindResource(rid) is not { } resource)
            {
                continue;
            }

            arrays[rid] = PriorityArrayJson.Read(prar, resource);
            if (SettingsOverridesJson.Read(settings) is { IsEmpty: false } resourceOverrides)
            {
                overrides[rid] = resourceOverrides;
            }
        }

        return new ObjectInstance(uri, profile, arrays, overrides);
    }
}
