namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>One value of an enum or flag field and the EEP specification's text for it.</summary>
public sealed record EepEnumItem(long Raw, string Description);
