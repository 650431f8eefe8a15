using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mobius.Micro.ObjectStore.Api;

/// <summary>
/// The OpenAPI document of the Engine API, served at <see cref="Path"/> without a token and checked
/// into <c>docs/openapi/engine-api-v1.json</c> (a test keeps the two equal). It is made from the
/// endpoints' own metadata; the transformer adds what they cannot say: title, the bearer scheme,
/// and no server list (the document is the same wherever it is served).
/// </summary>
public static class OpenApiDocumentation
{
    public const string Path = "/api/v1/openapi.json";
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddEngineApiDocument(this IServiceCollection services) =>
        services.AddOpenApi("v1", options => options.AddOperationTransformer(DescribeBodyAsync).AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Mobius.Micro Engine API",
                Version = "v1",
                Description = "MobiusFlow Engine API v1 as served by the Mobius.Micro object store. Every answer is JSON: "
                    + "success {\"ts\",\"uri\",\"data\"}, error {\"ts\",\"statusCode\",\"errorCode\",\"message\"}. "
                    + "Every endpoint but login, refresh and this document needs a bearer token from POST /api/v1/auth/login. "
                    + "The subscription websocket (GET /api/v1/mobius/subscribe/connect) is described in docs/engine-api.md.",
            };
            document.Servers = [];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The token of POST /api/v1/auth/login (10 min), renewed with POST /api/v1/auth/refresh.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
            return Task.CompletedTask;
        }));

    /// <summary>An endpoint reading its body as raw JSON gets the schema of its <see cref="DocumentedBody"/>.</summary>
    private static async Task DescribeBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<DocumentedBody>().FirstOrDefault() is not { } body)
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = operation.RequestBody?.Required ?? false,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
        };
    }

    public static IEndpointRouteBuilder MapEngineApiDocument(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(Path).AllowAnonymous();
        return endpoints;
    }
}
