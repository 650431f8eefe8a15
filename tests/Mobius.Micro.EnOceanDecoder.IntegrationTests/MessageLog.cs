using System.Collections.Concurrent;

namespace Mobius.Micro.EnOceanDecoder.IntegrationTests;

/// <summary>Every message of one type the watching bus received, to wait for and to count.</summary>
public sealed class MessageLog<T>
{
    private readonly ConcurrentQueue<T> _messages = new();

    public void Add(T message) => _messages.Enqueue(message);

    public IReadOnlyList<T> Where(Func<T, bool> matches) => [.. _messages.Where(matches)];

    /// <summary>Waits until <paramref name="count"/> messages match, then answers all that match.</summary>
    public async Task<IReadOnlyList<T>> WaitForAsync(Func<T, bool> matches, int count = 1)
    {
        await Waiting.UntilAsync(() => Task.FromResult(Where(matches).Count >= count), $"{count} × {typeof(T).Name}");
        return Where(matches);
    }
}
