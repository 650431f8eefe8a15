using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Tests.TestSupport;

namespace Mobius.Micro.WorkOcc.Tests.Frames;

public sealed class Crc8Tests
{
    [Fact]
    public void Check_value_of_crc8_smbus_is_F4()
    {
        Assert.Equal(0xF4, Crc8.Compute("123456789"u8));
    }

    [Fact]
    public void Spec_example_has_crc_32()
    {
        Assert.Equal(0x32, Crc8.Compute(Convert.FromHexString("01014B1D00072A01012C55")));
    }

    [Fact]
    public void Agrees_with_a_bitwise_implementation_on_every_single_byte_and_on_random_buffers()
    {
        for (var value = 0; value < 256; value++)
        {
            Assert.Equal(SpecFrames.Crc8([(byte)value]), Crc8.Compute([(byte)value]));
        }

        var random = new Random(7);
        for (var round = 0; round < 1000; round++)
        {
            var buffer = new byte[random.Next(0, 40)];
            random.NextBytes(buffer);
            Assert.Equal(SpecFrames.Crc8(buffer), Crc8.Compute(buffer));
        }
    }

    [Fact]
    public void Empty_input_gives_the_initial_value()
    {
        Assert.Equal(0, Crc8.Compute([]));
    }
}
