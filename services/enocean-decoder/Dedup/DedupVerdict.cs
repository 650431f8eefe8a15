namespace Mobius.Micro.EnOceanDecoder.Dedup;

/// <summary>What de-duplication says of one copy of a telegram.</summary>
public enum DedupVerdict
{
    /// <summary>The first copy within the window: the reading to publish.</summary>
    First,

    /// <summary>Another connector's copy of a telegram already read: bookkeeping only.</summary>
    Duplicate,

    /// <summary>Redis could not be asked: treated as a reading, since a duplicate reading does less harm than a lost one.</summary>
    Unchecked,
}
