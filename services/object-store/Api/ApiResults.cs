using Mobius.Micro.ObjectModel.Uris;

namespace Mobius.Micro.ObjectStore.Api;

/// <summary>Successful answers in the success envelope.</summary>
public sealed class ApiResults(ApiClock clock)
{
    public IResult Ok<T>(MobiusUri uri, T data) => Ok(uri.ToString(), data);

    /// <summary>An answer about something that is not a URI (users, commands): <paramref name="uri"/> is what was asked, e.g. the hub.</summary>
    public IResult Ok<T>(string uri, T data) => TypedResults.Ok(new SuccessEnvelope<T>(clock.Now(), uri, data));
}
