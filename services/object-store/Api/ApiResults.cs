using Mobius.Micro.ObjectModel.Uris;

namespace Mobius.Micro.ObjectStore.Api;

/// <summary>Successful answers in the success envelope.</summary>
public sealed class ApiResults(ApiClock clock)
{
    public IResult Ok<T>(MobiusUri uri, T data) => TypedResults.Ok(new SuccessEnvelope<T>(clock.Now(), uri.ToString(), data));
}
