using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOcean.Eeps.Decoding;

namespace Mobius.Micro.EnOcean.Tests.Profiles;

/// <summary>
/// Every generated profile, case by case, decodes a spec-built telegram to what the specification
/// says: the case chosen, every field's raw value, value, unit and text, and the resource values.
/// </summary>
public sealed class SpecTelegramDecodingTests
{
    public static TheoryData<int> Telegrams => SpecTelegrams.Indexes();

    [Theory]
    [MemberData(nameof(Telegrams))]
    public void Telegram_decodes_to_what_the_specification_says(int index)
    {
        var telegram = SpecTelegrams.All[index];
        Assert.True(EepCatalog.TryGet(telegram.Eep, out var definition), telegram.Eep);

        var result = EepDecoder.DecodeData(definition, TestHex.Bytes(telegram.Payload), telegram.Status, (EepDirection)telegram.Direction);

        Assert.True(result.IsSuccess, $"{telegram}: {result.Error?.ToCode()}");
        Assert.Same(definition.Cases[telegram.Case], result.Case);
        Assert.Equal(telegram.Fields.Select(field => field.Shortcut), result.Fields.Select(field => field.Shortcut));
        foreach (var (expected, actual) in telegram.Fields.Zip(result.Fields))
        {
            var what = $"{telegram} {expected.Shortcut}";
            Assert.True(expected.Raw == actual.Raw, $"{what}: raw {actual.Raw}, expected {expected.Raw}");
            Assert.True(Close(expected.Value, actual.Value), $"{what}: value {actual.Value}, expected {expected.Value}");
            Assert.True(expected.Unit == actual.Unit, $"{what}: unit {actual.Unit}, expected {expected.Unit}");
            Assert.True(expected.Description == actual.Description, $"{what}: text {actual.Description}, expected {expected.Description}");
        }

        Assert.Equal(
            telegram.Resources.Select(value => (value.Rid, value.Boolean, value.Text)),
            result.Resources.Select(value => (value.Resource.Rid, value.Boolean, value.Text)));
        foreach (var (expected, actual) in telegram.Resources.Zip(result.Resources))
        {
            Assert.True(expected.Number is null == actual.Number is null, $"{telegram} RID {expected.Rid}");
            Assert.True(expected.Number is null || Close(expected.Number.Value, actual.Number!.Value), $"{telegram} RID {expected.Rid}: {actual.Number}, expected {expected.Number}");
        }
    }

    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected));
}
