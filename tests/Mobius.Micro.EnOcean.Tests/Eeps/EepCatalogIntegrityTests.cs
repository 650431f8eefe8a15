using System.Globalization;
using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.EnOcean.Tests.Eeps;

/// <summary>Rules every definition in the catalog keeps, so profiles added as data cannot break them unnoticed.</summary>
public sealed class EepCatalogIntegrityTests
{
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
                for (var bit = field.BitOffset; bit < field.EndBit; bit++)
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
            switch (field.Kind)
            {
                case EepFieldKind.Scaled:
                    Assert.NotNull(field.Scale);
                    Assert.NotNull(field.Unit);
                    Assert.True(field.Resource is null or { Type: ResourceValueType.Number }, $"{eep} {field.Shortcut}");
                    break;
                case EepFieldKind.Flag:
                    Assert.Equal(1, field.BitSize);
                    Assert.Equal([0L, 1L], field.EnumItems.Select(item => item.Raw));
                    Assert.True(field.Resource is null or { Type: ResourceValueType.Bool }, $"{eep} {field.Shortcut}");
                    break;
                case EepFieldKind.Enum:
                    Assert.NotEmpty(field.EnumItems);
                    Assert.True(field.Resource is null or { Type: ResourceValueType.Enum or ResourceValueType.Number }, $"{eep} {field.Shortcut}");
                    break;
            }
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
            Assert.Single(group.Distinct());
            Assert.Matches("^[0-9A-F]{2}$", group.Key);
            Assert.True(int.Parse(group.Key, NumberStyles.HexNumber, CultureInfo.InvariantCulture) >= 0x40, $"{eep} RID {group.Key}");
        }

        Assert.Equal(definition.Resources.Count, definition.Resources.Select(resource => resource.Name).Distinct().Count());
        foreach (var @case in definition.Cases)
        {
            var rids = @case.Fields.Select(field => field.Resource?.Rid).OfType<string>().ToList();
            Assert.Equal(rids.Order(StringComparer.Ordinal), rids);
        }
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

    private static EepDefinition Get(string eep)
    {
        Assert.True(EepCatalog.TryGet(eep, out var definition));
        return definition;
    }
}
