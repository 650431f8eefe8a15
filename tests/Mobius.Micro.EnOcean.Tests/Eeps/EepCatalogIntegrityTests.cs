using System.Globalization;
using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.EnOcean.Tests.Eeps;

/// <summary>Rules every definition in the catalog keeps, so profiles added as data cannot break them unnoticed.</summary>
public sealed class EepCatalogIntegrityTests
{
    /// <summary>
    /// Profiles whose data RIDs are not in their own field order: MobiusFlow fixed A5-09-04's in its
    /// own order (object-model spec); F6-02-04 fills the button RIDs of its family profile F6-02-XX.
    /// </summary>
    private static readonly IReadOnlySet<string> RidsOrderedElsewhere = new HashSet<string> { "A5-09-04", "F6-02-04" };

    public static TheoryData<string> Eeps => new(EepCatalog.All.Select(definition => definition.Eep));

    [Theory]
    [MemberData(nameof(Eeps))]
    public void Profile_comes_from_the_pid_table(string eep)
    {
        var definition = Get(eep);

        Assert.True(EnOceanPidTable.TryGet(eep, out var profile));
        Assert.Equal(profile.Pid, definition.Pid);
        Assert.Equal(profile.ProfileName, definition.ProfileName);
        Assert.Equal("EnOcean", definition.Families[0]);
    }

    [Theory]
    [MemberData(nameof(Eeps))]
    public void Fields_fit_the_rorgs_payload_and_do_not_overlap(string eep)
    {
        var definition = Get(eep);
        var payloadBits = definition.Rorg switch
        {
            Rorg.FourBs => 32,
            Rorg.OneBs or Rorg.Rps => 8,
            _ => 14 * 8,
        };

        foreach (var @case in definition.Cases)
        {
            var used = new bool[payloadBits];
            foreach (var field in @case.Fields)
            {
                Assert.InRange(field.EndBit, 1, payloadBits);
                Assert.InRange(field.TotalBitSize, 1, BitField.MaxBitSize);
                foreach (var bit in BitsOf(field))
                {
                    Assert.False(used[bit], $"{eep} {field.Shortcut} overlaps bit {bit}");
                    used[bit] = true;
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Eeps))]
    public void Each_field_kind_has_what_it_needs_and_fills_a_resource_of_its_type(string eep)
    {
        foreach (var field in Get(eep).Cases.SelectMany(@case => @case.Fields))
        {
            var what = $"{eep} {field.Shortcut}";
            switch (field.Kind)
            {
                case EepFieldKind.Scaled:
                    Assert.Empty(field.EnumItems);
                    Assert.True(field.Resource is null or { Type: ResourceValueType.Number }, what);
                    break;
                case EepFieldKind.Flag:
                    Assert.Equal(1, field.BitSize);
                    Assert.Equal([0L, 1L], field.EnumItems.Select(item => item.Raw));
                    Assert.True(field.Resource is null or { Type: ResourceValueType.Bool or ResourceValueType.Enum }, what);
                    break;
                case EepFieldKind.Enum:
                    Assert.NotEmpty(field.EnumItems);
                    Assert.True(field.Resource is null or { Type: ResourceValueType.Enum or ResourceValueType.Number or ResourceValueType.Bool }, what);
                    break;
            }

            Assert.True(field.Resource is not { Type: ResourceValueType.Number } || field.Kind == EepFieldKind.Scaled || field.EnumItems.Any(item => item.Scale is not null), $"{what}: a number resource needs a number");
        }
    }

    [Theory]
    [MemberData(nameof(Eeps))]
    public void Enum_resources_list_every_member_their_fields_give(string eep)
    {
        foreach (var field in Get(eep).Cases.SelectMany(@case => @case.Fields).Where(field => field.Resource is { Type: ResourceValueType.Enum }))
        {
            var members = field.EnumItems.Select(item => item.Member).ToList();
            Assert.All(members, member => Assert.NotNull(member));
            Assert.Equal(members.Count, members.Distinct().Count());
            Assert.All(members, member => Assert.Contains(member!, field.Resource!.Members));
        }
    }

    [Theory]
    [MemberData(nameof(Eeps))]
    public void Selected_factors_and_units_name_a_field_of_their_case(string eep)
    {
        foreach (var @case in Get(eep).Cases)
        {
            var shortcuts = @case.Fields.Select(field => field.Shortcut).ToList();
            Assert.Equal(shortcuts.Count, shortcuts.Distinct().Count());
            foreach (var field in @case.Fields)
            {
                if (field.Factor is { } factor)
                {
                    Assert.Contains(factor.SelectorShortcut, shortcuts);
                }

                if (field.UnitSelector is { } units)
                {
                    Assert.Contains(units.SelectorShortcut, shortcuts);
                }
            }

            Assert.InRange(@case.MinimumLength, 1, 14);
        }
    }

    [Theory]
    [MemberData(nameof(Eeps))]
    public void Resources_have_one_meaning_per_rid_from_40_up_in_field_order(string eep)
    {
        var definition = Get(eep);
        var all = definition.Cases.SelectMany(@case => @case.Fields.Select(field => field.Resource).OfType<EepResource>()
            .Concat(@case.DerivedFlags.Select(flag => flag.Resource))).ToList();

        foreach (var group in all.GroupBy(resource => resource.Rid))
        {
            Assert.Single(group.DistinctBy(resource => (resource.Name, resource.Type, resource.Settings, string.Join(",", resource.Members))));
            Assert.Matches("^[0-9A-F]{2}$", group.Key);
            Assert.True(int.Parse(group.Key, NumberStyles.HexNumber, CultureInfo.InvariantCulture) >= 0x40, $"{eep} RID {group.Key}");
        }

        Assert.Equal(definition.Resources.Count, definition.Resources.Select(resource => resource.Name).Distinct().Count());
        if (RidsOrderedElsewhere.Contains(eep))
        {
            return;
        }

        var firstSeen = all.Select(resource => resource.Rid).Distinct().ToList();
        Assert.Equal(firstSeen.Order(StringComparer.Ordinal), firstSeen);
    }

    [Theory]
    [MemberData(nameof(Eeps))]
    public void Derived_flags_test_fields_of_their_own_case(string eep)
    {
        foreach (var @case in Get(eep).Cases)
        {
            var shortcuts = @case.Fields.Select(field => field.Shortcut).ToHashSet();
            var matches = @case.DerivedFlags.SelectMany(flag => flag.TrueWhen.Concat(flag.FalseWhen)).SelectMany(clause => clause);
            Assert.All(matches, match => Assert.Contains(match.Shortcut, shortcuts));
        }
    }

    [Theory]
    [MemberData(nameof(Eeps))]
    public void Status_conditions_lie_in_the_status_byte(string eep)
    {
        var conditions = Get(eep).Cases.SelectMany(@case => @case.Conditions).Where(condition => condition.Source == EepConditionSource.Status);

        Assert.All(conditions, condition => Assert.InRange(condition.BitOffset + condition.BitSize, 1, 8));
    }

    [Fact]
    public void The_catalog_decodes_225_eeps_each_once()
    {
        var eeps = EepCatalog.All.Select(definition => definition.Eep).ToList();

        Assert.Equal(225, eeps.Count);
        Assert.Equal(eeps.Count, eeps.Distinct().Count());
    }

    private static IEnumerable<int> BitsOf(EepField field)
    {
        var bits = Enumerable.Range(field.BitOffset, field.BitSize);
        return field.LowBits is { } low ? bits.Concat(Enumerable.Range(low.BitOffset, low.BitSize)) : bits;
    }

    private static EepDefinition Get(string eep)
    {
        Assert.True(EepCatalog.TryGet(eep, out var definition));
        return definition;
    }
}
