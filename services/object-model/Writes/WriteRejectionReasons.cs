namespace Mobius.Micro.ObjectModel.Writes;

/// <summary>Reason codes of rejected writes; they appear as <c>errorCode</c> in API errors and as metric tags.</summary>
public static class WriteRejectionReasons
{
    /// <summary>The value is not of the resource's type (e.g. a string for a number, a datetime without offset).</summary>
    public const string WrongType = "wrong_type";

    /// <summary>An API client wrote a resource whose access is <c>r</c>.</summary>
    public const string ReadOnly = "read_only";

    public const string BelowMin = "below_min";
    public const string AboveMax = "above_max";

    /// <summary>Longer than <c>maxlen</c> characters, or than the resource's UTF-8 byte limit.</summary>
    public const string TooLong = "too_long";

    /// <summary>Shorter than the resource's UTF-8 byte minimum.</summary>
    public const string TooShort = "too_short";

    public const string NotInEnum = "not_in_enum";

    /// <summary>The string does not have the form the resource requires (e.g. <c>MF_XXXXXX</c>).</summary>
    public const string PatternMismatch = "pattern_mismatch";

    /// <summary>A priority outside 1..16.</summary>
    public const string InvalidPriority = "invalid_priority";

    /// <summary>Slot 16 holds the default and cannot be cleared, only replaced.</summary>
    public const string DefaultNotClearable = "default_not_clearable";

    /// <summary>A setting that cannot be configured per object, or does not apply to the resource's type.</summary>
    public const string UnsupportedSetting = "unsupported_setting";

    /// <summary>A setting's value is of the wrong kind or out of range (e.g. <c>min</c> above <c>max</c>).</summary>
    public const string InvalidSetting = "invalid_setting";
}
