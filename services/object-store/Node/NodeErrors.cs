using Mobius.Micro.ObjectStore.Api;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Node;

/// <summary>The refusals of backup and restore.</summary>
public static class NodeErrors
{
    public static EngineApiException InvalidBackup(string message) =>
        ApiErrors.Refuse(Status400BadRequest, ApiErrorCodes.InvalidBackup, message);

    public static EngineApiException MissingSecret(string resourceUri) =>
        ApiErrors.Refuse(Status400BadRequest, ApiErrorCodes.MissingSecret,
            $"{resourceUri} is write-only and the backup has no value for it (take the backup with ?secrets=true), and no object here has one to keep");

    public static EngineApiException SecretsNeedAdmin() =>
        ApiErrors.Refuse(Status403Forbidden, ApiErrorCodes.Forbidden, "a backup with secrets needs the role: admin");
}
