namespace Mobius.Micro.ObjectStore.Auth;

/// <summary><c>POST /api/v1/auth/login</c> body.</summary>
public sealed record LoginRequest(string? Username, string? Password);

/// <summary><c>POST /api/v1/auth/refresh</c> body.</summary>
public sealed record RefreshRequest(string? RefreshToken);
