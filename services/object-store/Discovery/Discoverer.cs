using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Services;

namespace Mobius.Micro.ObjectStore.Discovery;

/// <summary>
/// What exists below a URI or URI pattern. Without wildcards, as MobiusFlow answers: a hub → its
/// services; a service → the PIDs of its objects; a PID → the INS of its objects; an object → the
/// object; a resource → the resource. With wildcards (<c>+</c> one level, <c>#</c> this and every
/// deeper level), a map from each matching URI to what that URI alone would answer; a pattern ending
/// in <c>#</c> answers every matching object (objects carry their resources).
/// </summary>
public sealed class Discoverer(ObjectAddressing addressing, ObjectRepository objects, ServiceRepository services, ProfileCatalog profiles)
{
    public async Task<object> DiscoverAsync(MobiusUriPattern pattern, CancellationToken cancellationToken)
    {
        var levels = pattern.Levels;
        if (pattern.LiteralAt(UriPart.Hid) is { } hid)
        {
            addressing.CheckHub(hid);
        }

        if (pattern.LiteralAt(UriPart.Sid) is { } sid && !profiles.HasService(sid))
        {
            throw ApiErrors.UnknownService(sid);
        }

        if (!pattern.HasWildcards)
        {
            return await ExactAsync(MobiusUri.FromParts([.. levels]), cancellationToken);
        }

        var candidates = await objects.FindAllAsync(addressing.HubId,
            pattern.LiteralAt(UriPart.Sid), pattern.LiteralAt(UriPart.Pid), pattern.LiteralAt(UriPart.Ins), cancellationToken);
        if (pattern.IsMultiLevel)
        {
            return candidates.Where(found => pattern.Matches(found.Uri)).ToDictionary(found => found.Uri.ToString(), object (found) => ObjectDocument.From(found));
        }

        return levels.Count switch
        {
            5 => candidates
                .SelectMany(found => found.Resources.Select(resource => (Uri: found.Uri.WithRid(resource.Rid), found, resource)))
                .Where(entry => pattern.Matches(entry.Uri))
                .ToDictionary(entry => entry.Uri.ToString(), object (entry) => ResourceDocument.From(entry.resource, entry.found.PriorityArrayOf(entry.resource))),
            4 => candidates.Where(found => pattern.Matches(found.Uri)).ToDictionary(found => found.Uri.ToString(), object (found) => ObjectDocument.From(found)),
            _ => Children(pattern, candidates, levels.Count),
        };
    }

    private async Task<object> ExactAsync(MobiusUri uri, CancellationToken cancellationToken)
    {
        switch (uri.Level)
        {
            case UriPart.Hid:
                var registered = await services.ListAsync(uri.Hid, cancellationToken);
                var statuses = await objects.FindAllAsync(uri.Hid, null, Mobius.Micro.ObjectModel.Profiles.ServiceStatusProfile.Pid, Mobius.Micro.ObjectModel.Profiles.ServiceStatusProfile.Ins, cancellationToken);
                return ServiceKind.All(profiles.Services)
                    .Select(kind => ServiceSummary.From(kind, registered.FirstOrDefault(service => service.Sid == kind.Sid), statuses.FirstOrDefault(status => status.Uri.Sid == kind.Sid)))
                    .ToList();
            case UriPart.Sid or UriPart.Pid:
                return await objects.ChildrenAsync(uri.Hid, uri.Sid!, uri.Pid, cancellationToken);
            default:
                var objectUri = uri.Level == UriPart.Rid ? uri.Parent! : uri;
                var found = await objects.FindAsync(objectUri, cancellationToken) ?? throw ApiErrors.ObjectNotFound(objectUri);
                if (uri.Level == UriPart.Ins)
                {
                    return ObjectDocument.From(found);
                }

                var resource = found.FindResource(uri.Rid!) ?? throw ApiErrors.ResourceNotFound(uri);
                return ResourceDocument.From(resource, found.PriorityArrayOf(resource));
        }
    }

    /// <summary>For a wildcard pattern above the object level: each matching hub/service/PID URI with its children.</summary>
    private static SortedDictionary<string, List<string>> Children(MobiusUriPattern pattern, List<ObjectInstance> candidates, int depth)
    {
        var children = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var found in candidates)
        {
            var parts = found.Uri.Parts;
            var parent = MobiusUri.FromParts([.. parts.Take(depth)]);
            if (!pattern.Matches(parent))
            {
                continue;
            }

            var list = children.TryGetValue(parent.ToString(), out var existing) ? existing : children[parent.ToString()] = [];
            if (!list.Contains(parts[depth], StringComparer.Ordinal))
            {
                list.Add(parts[depth]);
            }
        }

        foreach (var list in children.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        return children;
    }
}
