namespace Mobius.Micro.ObjectModel.Writes;

/// <summary>Who writes a value, which decides whether <c>access</c> applies.</summary>
public enum WriteOrigin
{
    /// <summary>An API client (a value write or an object's configuration): only <c>rw</c> resources.</summary>
    Client,

    /// <summary>A service reporting what it measured: any resource, access does not apply.</summary>
    Service,
}
