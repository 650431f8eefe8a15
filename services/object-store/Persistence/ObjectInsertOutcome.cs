namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>What inserting a new object came to; <see cref="Ins"/> is set when it was created.</summary>
public sealed record ObjectInsertOutcome(ObjectInsertResult Result, string? Ins = null);

public enum ObjectInsertResult
{
    Created,

    /// <summary>An object with that URI exists.</summary>
    ObjectExists,

    /// <summary>Another object of the hub's service has the same unique value (serial number, sender id).</summary>
    DuplicateUniqueValue,

    /// <summary>Every INS of the profile is taken.</summary>
    NoFreeInstance,
}
