using MassTransit;

namespace Mobius.Micro.ServiceDefaults.Messaging;

/// <summary>
/// For consumers that ask the object store something (a device lookup) before they publish anything:
/// when no answer comes (the store is down or overloaded: a timeout, or a fault from its side), the
/// message is handled again after a pause (growing to 10 s) for up to a day, instead of going to the
/// error queue with the telegrams in it at once. It waits unacknowledged meanwhile: a stopping decoder
/// leaves it to the next, and so does RabbitMQ's consumer timeout (30 min by default), which starts the
/// count again. Other failures keep the endpoint's own policy.
/// </summary>
public static class LookupRetry
{
    /// <summary>The pauses before each attempt: short at first, then every 10 s for a day (MassTransit keeps the list).</summary>
    private static readonly TimeSpan[] Pauses =
    [
        TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5),
        .. Enumerable.Repeat(TimeSpan.FromSeconds(10), (int)(TimeSpan.FromDays(1) / TimeSpan.FromSeconds(10))),
    ];

    public static void UntilLookupsAnswer(this IReceiveEndpointConfigurator endpoint) =>
        endpoint.UseMessageRetry(retry =>
        {
            retry.Handle<RequestTimeoutException>();
            retry.Handle<RequestFaultException>();
            retry.Intervals(Pauses);
        });
}
