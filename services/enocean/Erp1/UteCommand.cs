namespace Mobius.Micro.EnOcean.Erp1;

/// <summary>UTE command (DB6.3..0).</summary>
public enum UteCommand
{
    TeachInQuery = 0,
    TeachInResponse = 1,
}
