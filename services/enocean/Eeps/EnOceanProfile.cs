namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// An object profile for EnOcean devices: the EEP or EEP family it covers (<c>A5-04-01</c>,
/// <c>F6-02-XX</c>) and its PID (4 hex digits) in service <c>022</c>.
/// </summary>
public sealed record EnOceanProfile(string Key, string Pid)
{
    /// <summary><c>enocean_</c> plus the key, e.g. <c>enocean_F6-02-XX</c>.</summary>
    public string ProfileName => $"enocean_{Key}";
}
