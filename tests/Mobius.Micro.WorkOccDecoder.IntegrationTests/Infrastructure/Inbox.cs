using System.Collections.Concurrent;

namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Infrastructure;

/// <summary>Every message of one type the test bus received, to wait for and to look through.</summary>
public sealed class Inbox<T>
{
    private readonly ConcurrentQueue<T> _messages = new();

    public IReadOnlyList<T> All => [.. _messages];

    public void Add(T message) => _messages.Enqueue(message);

    public async Task<IReadOnlyList<T>> WaitForAsync(Func<T, bool> matches, int count = 1)
    {
        await Eventually.ReturnsAsync(() => Task.FromResult(_messages.Count(matches)), found => found >= count, $"{count} {typeof(T).Name} (count)");
        return Where(matches);
    }

    public IReadOnlyList<T> Where(Func<T, bool> matches) => [.. _messages.Where(matches)];
}
