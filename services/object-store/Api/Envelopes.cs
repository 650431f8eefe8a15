namespace Mobius.Micro.ObjectStore.Api;

/// <summary>Every successful Engine API answer: <c>{"ts","uri","data"}</c>.</summary>
public sealed record SuccessEnvelope<T>(string Ts, string Uri, T Data);

/// <summary>Every Engine API error: <c>{"ts","statusCode","errorCode","message"}</c>, sent with that HTTP status.</summary>
public sealed record ErrorEnvelope(string Ts, int StatusCode, string ErrorCode, string Message);
