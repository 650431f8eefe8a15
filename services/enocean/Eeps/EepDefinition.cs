using System.Globalization;

namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// An EEP the project decodes, as data: the EEP, its title, the object profile it belongs to
/// (PID and profile name from <see cref="EnOceanPidTable"/>), the object families, and its cases
/// with their fields and the resources they fill.
/// </summary>
public sealed class EepDefinition
{
    /// <summary>A definition whose object profile is the one <see cref="EnOceanPidTable"/> assigns to the EEP.</summary>
    /// <param name="eep">The EEP, <c>RR-FF-TT</c> in hex.</param>
    /// <param name="title">The specification's function and type titles.</param>
    /// <param name="families">Object families after <c>EnOcean</c>, which every definition has.</param>
    /// <param name="cases">The layouts, in the order the decoder tries them.</param>
    public EepDefinition(string eep, string title, IReadOnlyList<string> families, IReadOnlyList<EepCase> cases)
        : this(eep, title, ProfileOf(eep), families, cases)
    {
    }

    /// <summary>A definition with an explicit object profile.</summary>
    public EepDefinition(string eep, string title, EnOceanProfile profile, IReadOnlyList<string> families, IReadOnlyList<EepCase> cases)
    {
        Eep = eep.ToUpperInvariant();
        Rorg = (Rorg)byte.Parse(eep.AsSpan(0, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        Title = title;
        Pid = profile.Pid;
        ProfileName = profile.ProfileName;
        Families = ["EnOcean", .. families];
        Cases = cases;
        Resources = cases
            .SelectMany(@case => @case.Fields.Select(field => field.Resource).OfType<EepResource>()
                .Concat(@case.DerivedFlags.Select(flag => flag.Resource)))
            .DistinctBy(resource => resource.Rid)
            .OrderBy(resource => resource.Rid, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The EEP, e.g. <c>A5-04-01</c>.</summary>
    public string Eep { get; }

    public Rorg Rorg { get; }

    public string Title { get; }

    /// <summary>PID of the object profile, 4 hex digits.</summary>
    public string Pid { get; }

    /// <summary>e.g. <c>enocean_A5-04-01</c>, or <c>enocean_F6-02-XX</c> for a family profile.</summary>
    public string ProfileName { get; }

    public IReadOnlyList<string> Families { get; }

    public IReadOnlyList<EepCase> Cases { get; }

    /// <summary>Every data resource the profile's objects have, by RID.</summary>
    public IReadOnlyList<EepResource> Resources { get; }

    /// <summary>The most fields any case has: the size of a buffer that holds any telegram's decoded fields.</summary>
    public int MaxFieldCount => Cases.Count == 0 ? 0 : Cases.Max(@case => @case.Fields.Count);

    private static EnOceanProfile ProfileOf(string eep) =>
        EnOceanPidTable.TryGet(eep, out var profile)
            ? profile
            : throw new ArgumentException($"EEP {eep} has no PID in {nameof(EnOceanPidTable)}.", nameof(eep));
}
