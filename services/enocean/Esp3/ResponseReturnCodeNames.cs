namespace Mobius.Micro.EnOcean.Esp3;

/// <summary>The ESP3 names of RESPONSE return codes (the first data byte of packet type 2).</summary>
public static class ResponseReturnCodeNames
{
    private static readonly string[] Names =
    [
        "RET_OK", "RET_ERROR", "RET_NOT_SUPPORTED", "RET_WRONG_PARAM", "RET_OPERATION_DENIED", "RET_LOCK_SET",
        "RET_BUFFER_TO_SMALL", "RET_NO_FREE_BUFFER",
    ];

    /// <summary>The name of <paramref name="code"/>, or null for a code ESP3 does not name.</summary>
    public static string? NameOf(byte code) => code < Names.Length ? Names[code] : null;
}
