using System.Globalization;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>Fresh identities, so tests that share a store never collide.</summary>
public static class TestIds
{
    /// <summary>A connector serial, <c>MF_</c> and 6 upper-case hex digits.</summary>
    public static string Serial() => "MF_" + Random.Shared.Next(0x1000000).ToString("X6", CultureInfo.InvariantCulture);

    /// <summary>An EnOcean sender id, 8 upper-case hex digits.</summary>
    public static string SenderId() => Random.Shared.Next().ToString("X8", CultureInfo.InvariantCulture);

    /// <summary>A PSK of 20 bytes.</summary>
    public static string Psk() => "psk-" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>An object instance in a range no test asks for explicitly (1000..FFFF).</summary>
    public static string Instance() => Random.Shared.Next(0x1000, 0x10000).ToString("X4", CultureInfo.InvariantCulture);
}
