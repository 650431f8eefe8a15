namespace Mobius.Micro.Cli.Simulate.Provisioning;

/// <summary>What the Engine API answered to creating an object.</summary>
public enum ObjectCreationResult
{
    Created,

    /// <summary>409 <c>object_exists</c> or <c>duplicate_unique_value</c>: the object is there from an earlier run and is reused.</summary>
    AlreadyExists,

    /// <summary>Any other refusal; <see cref="ObjectCreation.Message"/> says why.</summary>
    Refused,
}

/// <summary>The result of creating one object, with the API's error text when it refused.</summary>
public sealed record ObjectCreation(ObjectCreationResult Result, string? Message = null);
