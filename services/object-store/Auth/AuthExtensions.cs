using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Users;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ObjectStore.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// JWT bearer authentication with the <c>Auth:SigningKey</c>, role policies, users with hashed
    /// passwords, login and refresh, and the bootstrap admin (seeded after the migrations).
    /// </summary>
    public static IHostApplicationBuilder AddEngineApiAuth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<AuthOptions>(builder.Configuration, AuthOptions.Section);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((bearer, auth) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = EngineTokens.ValidationParameters(auth.Value, EngineTokens.AccessAudience);
            });
        builder.Services.AddAuthorizationBuilder().AddEnginePolicies();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ErrorEnvelopeAuthorizationResultHandler>();
        builder.Services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        builder.Services.AddSingleton<UserStore>();
        builder.Services.AddSingleton<UserAuthenticator>();
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<LoginRateLimiter>();
        builder.Services.AddHostedService<BootstrapAdminSeeder>();
        return builder;
    }
}
