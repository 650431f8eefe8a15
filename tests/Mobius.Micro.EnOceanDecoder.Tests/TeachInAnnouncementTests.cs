using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOceanDecoder.TeachIn;

namespace Mobius.Micro.EnOceanDecoder.Tests;

/// <summary>What each kind of teach-in telegram announces.</summary>
public sealed class TeachInAnnouncementTests
{
    [Fact]
    public void A_4bs_variant_2_teach_in_announces_its_eep_and_manufacturer()
    {
        // FUNC 0x02, TYPE 0x05, manufacturer 0x7FF, DB0 = 0x80 (variant 2, learn bit 0).
        var announcement = Of("A5082FFF8001A5020500");

        Assert.Equal(new TeachInAnnouncement("4BS", "A5-02-05", 0x7FF, null), announcement);
        Assert.True(announcement!.EepSupported);
        Assert.True(announcement.AsksForTeachIn);
    }

    [Fact]
    public void A_4bs_variant_1_teach_in_announces_nothing()
    {
        var announcement = Of("A500000000A5020500");

        Assert.Equal(new TeachInAnnouncement("4BS", null, null, null), announcement);
        Assert.False(announcement!.EepSupported);
    }

    [Fact]
    public void A_1bs_teach_in_is_the_single_input_contact()
    {
        Assert.Equal(new TeachInAnnouncement("1BS", "D5-00-01", null, null), Of("D50001D5000100"));
    }

    [Fact]
    public void A_ute_query_announces_its_eep()
    {
        var announcement = Of("D440FF0B004114D20414155980");

        Assert.NotNull(announcement);
        Assert.Equal("UTE", announcement.Kind);
        Assert.Equal("D2-14-41", announcement.Eep);
        Assert.Equal(0x00B, announcement.ManufacturerId);
        Assert.Equal(UteRequest.TeachIn, announcement.Ute?.Request);
        Assert.True(announcement.EepSupported);
    }

    [Fact]
    public void A_ute_query_for_deletion_does_not_ask_for_teach_in()
    {
        // DB6 0x10: request 01 = teach-in deletion.
        Assert.False(Of("D410FF0B004114D20414155980")!.AsksForTeachIn);
    }

    [Theory]
    [InlineData("A50071870A01879DE600")] // a 4BS data telegram
    [InlineData("D411FF0B004114D20414155980")] // a UTE response
    [InlineData("F63001020304" + "30")] // RPS has no teach-in telegram
    public void Data_telegrams_and_ute_responses_announce_nothing(string erp1)
    {
        Assert.Null(Of(erp1));
    }

    private static TeachInAnnouncement? Of(string erp1)
    {
        Assert.True(Erp1TelegramParser.TryParse(Convert.FromHexString(erp1), ReadOnlyMemory<byte>.Empty, out var telegram, out _));
        return TeachInAnnouncement.Of(telegram);
    }
}
