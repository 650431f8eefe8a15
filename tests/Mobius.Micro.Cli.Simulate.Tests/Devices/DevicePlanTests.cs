using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.Cli.Simulate.Devices;
using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Tests.Devices;

public sealed class DevicePlanTests
{
    private static readonly IReadOnlyList<ConnectorSerial> Serials = ConnectorSerials.From(ConnectorSerial.Parse("MF_5A0000"), 3);

    [Fact]
    public void Device_ids_are_the_serial_number_followed_by_the_device_number()
    {
        var devices = DevicePlan.Create(Serials, 4, DeviceKinds.Mix);

        Assert.Equal(
            ["5A000000", "5A000001", "5A000002", "5A000003", "5A000100", "5A000101", "5A000102", "5A000103", "5A000200", "5A000201", "5A000202", "5A000203"],
            devices.Select(device => device.Uid));
        Assert.Equal(Serials[1], devices[5].Connector);
    }

    [Fact]
    public void The_everyday_kinds_and_WorkOcc_sensors_come_first_then_the_rest_of_the_catalog()
    {
        var names = DeviceKinds.Mix.Select(kind => kind.Name).ToList();

        Assert.Equal(["A5-02-05", "A5-04-01", "F6-02-01", "D5-00-01", "workocc desk occupancy", "workocc people counter", "workocc environment"], names.Take(7));
        Assert.Equal(DeviceKinds.EnOcean.Count + 3, names.Count);
    }

    [Fact]
    public void Kinds_are_dealt_round_the_whole_site()
    {
        var devices = DevicePlan.Create(Serials, 3, DeviceKinds.Mix);

        Assert.Equal(DeviceKinds.Mix.Take(9).Select(kind => kind.Name), devices.Select(device => device.Kind.Name));
    }
}
