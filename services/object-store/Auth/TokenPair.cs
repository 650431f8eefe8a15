namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>The answer of login and refresh, as MobiusFlow gives it: <c>{"token","refreshToken"}</c>.</summary>
public sealed record TokenPair(string Token, string RefreshToken);
