namespace Mobius.Micro.EnOcean.Erp1;

/// <summary>Manufacturer specific communication (MSC, RORG D1): the first 12 payload bits are the manufacturer id.</summary>
public static class MscManufacturer
{
    private const int IdBits = 12;

    /// <summary>The manufacturer id of an MSC telegram; false for another RORG or a payload under 2 bytes.</summary>
    public static bool TryRead(IRadioTelegram telegram, out int manufacturerId)
    {
        var payload = telegram.Payload.Span;
        if (telegram.Rorg != Rorg.Msc || !BitField.Fits(payload.Length, 0, IdBits))
        {
            manufacturerId = 0;
            return false;
        }

        manufacturerId = (int)BitField.Read(payload, 0, IdBits);
        return true;
    }
}
