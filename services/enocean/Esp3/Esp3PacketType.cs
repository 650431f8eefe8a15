namespace Mobius.Micro.EnOcean.Esp3;

/// <summary>ESP3 packet types the library recognises (0x08 is reserved by ESP3).</summary>
public enum Esp3PacketType : byte
{
    RadioErp1 = 0x01,
    Response = 0x02,
    RadioSubTel = 0x03,
    Event = 0x04,
    CommonCommand = 0x05,
    SmartAckCommand = 0x06,
    RemoteManCommand = 0x07,
    RadioMessage = 0x09,
    RadioErp2 = 0x0A,
}
