namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>
/// Why a reported value was dropped, besides the object model's write rejection reasons
/// (<c>wrong_type</c>, <c>below_min</c>, ...). Counted and logged; never retried.
/// </summary>
public static class ReportRejectionReasons
{
    /// <summary>The report's object URI is malformed or not an object URI.</summary>
    public const string InvalidUri = "invalid_uri";

    /// <summary>The URI's service has no profile with that PID.</summary>
    public const string UnknownProfile = "unknown_profile";

    /// <summary>No object with that URI exists.</summary>
    public const string UnknownObject = "unknown_object";

    /// <summary>The object's profile has no resource with that RID.</summary>
    public const string UnknownResource = "unknown_resource";

    /// <summary>Not exactly one of number, boolean and text is set.</summary>
    public const string NoSingleValue = "no_single_value";

    /// <summary>The object's service is stopped (<c>POST /mobius/service/stop</c>).</summary>
    public const string ServiceStopped = "service_stopped";

    /// <summary>The resource identifies the object (serial number, sender id): only its configuration sets it.</summary>
    public const string IdentityNotReportable = "identity_not_reportable";
}
