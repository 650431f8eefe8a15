namespace Mobius.Micro.ObjectModel.Writes;

/// <summary>Why a write changed nothing: a reason code from <see cref="WriteRejectionReasons"/> and a message for people.</summary>
public sealed record WriteRejection(string Reason, string Message);
