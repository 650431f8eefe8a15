using MassTransit;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>Changes another replica wrote, for this replica's subscribers (its own were delivered in process already).</summary>
public sealed class ResourceValuesChangedConsumer(ObjectStoreInstance instance, SubscriptionDispatcher dispatcher) : IConsumer<ResourceValuesChanged>
{
    public Task Consume(ConsumeContext<ResourceValuesChanged> context)
    {
        if (context.Message.Origin != instance.Id)
        {
            dispatcher.Enqueue(new ResourceChanges(context.Message.Resources));
        }

        return Task.CompletedTask;
    }
}
