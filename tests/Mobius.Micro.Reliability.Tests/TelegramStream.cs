using System.Collections.Concurrent;
using Mobius.Micro.Testing;
using MQTTnet;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// A connector sending a steady stream of signed A5-04-01 telegrams, each carrying its number in its
/// values (humidity raw = n mod 250, temperature raw = n div 250), reconnecting when the broker goes
/// away. A telegram counts as acknowledged when the broker's PUBACK came back and did not say "no
/// matching subscribers"; one that was not is sent again, as the connector protocol notes ask of a
/// connector (so a lost PUBACK may add a duplicate, which the check reports).
/// </summary>
public sealed class TelegramStream : IAsyncDisposable
{
    public const int MaxTelegrams = 250 * 250;
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(5);

    private readonly TestConnector _connector;
    private readonly uint _senderId;
    private readonly double _perSecond;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<int, DateTime> _acknowledged = new();
    private Task _sending = Task.CompletedTask;
    private int _attempts;

    /// <param name="perSecond">The offered rate; 0 sends as fast as the broker acknowledges.</param>
    public TelegramStream(TestConnector connector, uint senderId, double perSecond)
    {
        _connector = connector;
        _senderId = senderId;
        _perSecond = perSecond;
    }

    /// <summary>Publishes tried, including the ones that failed and were sent again.</summary>
    public int Attempts => _attempts;

    /// <summary>Telegram numbers the broker acknowledged, with when.</summary>
    public IReadOnlyDictionary<int, DateTime> Acknowledged => _acknowledged;

    public int Reconnects { get; private set; }

    /// <summary>Publishes the broker answered "no matching subscribers" (no gateway session subscribed yet, as right after a broker restart), sent again.</summary>
    public int NotDelivered { get; private set; }

    /// <summary>The telegram with number <paramref name="number"/> (1 ≤ n &lt; 62,500).</summary>
    public byte[] Telegram(int number) => EnOceanTelegrams.A5_04_01(_senderId, (byte)(number % 250), (byte)(number / 250));

    /// <summary>The number a stored humidity and temperature pair stands for.</summary>
    public static int NumberOf(double humidity, double temperature) =>
        (int)Math.Round(humidity * 250 / 100) + 250 * (int)Math.Round(temperature * 250 / 40);

    public void Start() => _sending = Task.Run(SendAsync);

    /// <summary>The first telegram acknowledged after <paramref name="moment"/>, waiting for it if needed.</summary>
    public async Task<int> FirstAcknowledgedAfterAsync(DateTime moment, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var after = _acknowledged.Where(entry => entry.Value > moment).Select(entry => entry.Key).DefaultIfEmpty(0).Min();
            if (after > 0)
            {
                return after;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no telegram acknowledged after {moment:HH:mm:ss.fff} within {timeout.TotalSeconds} s");
            await Task.Delay(100);
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _sending;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task SendAsync()
    {
        var started = DateTime.UtcNow;
        var number = 1;
        while (!_stop.IsCancellationRequested && number < MaxTelegrams)
        {
            var due = _perSecond > 0 ? started + TimeSpan.FromSeconds(number / _perSecond) : DateTime.MinValue;
            if (due > DateTime.UtcNow)
            {
                await Task.Delay(due - DateTime.UtcNow);
            }

            try
            {
                if (!_connector.IsConnected)
                {
                    await _connector.ConnectAsync().WaitAsync(PublishTimeout);
                    await _connector.SendStatusAsync(true, "enocean").WaitAsync(PublishTimeout);
                    Reconnects++;
                }

                Interlocked.Increment(ref _attempts);
                if (await _connector.SendEnOceanAsync(Telegram(number)).WaitAsync(PublishTimeout) == MqttClientPublishReasonCode.NoMatchingSubscribers)
                {
                    // The broker took it, but no gateway session was subscribed to receive it: not delivered.
                    NotDelivered++;
                    await Task.Delay(250);
                    continue;
                }

                _acknowledged[number] = DateTime.UtcNow;
                number++;
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                // Broker gone or not answering: the same telegram goes again once connected.
                await Task.Delay(250);
            }
        }
    }
}
