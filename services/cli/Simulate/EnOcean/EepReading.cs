using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.Cli.Simulate.EnOcean;

/// <summary>What one telegram of an EEP says: the case it is, and the raw value of each of that case's fields, in field order.</summary>
public sealed record EepReading(EepCase Case, long[] RawValues);
