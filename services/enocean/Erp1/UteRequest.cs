namespace Mobius.Micro.EnOcean.Erp1;

/// <summary>What a UTE teach-in query asks for (DB6.5..4).</summary>
public enum UteRequest
{
    TeachIn = 0,
    TeachInDeletion = 1,
    TeachInOrDeletionNotSpecified = 2,
}
