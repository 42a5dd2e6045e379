using System;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests.Webhooks;

public sealed class MemoryWebhookNonceStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_nonce_is_refused_until_it_expires()
    {
        var clock = new FixedClock(Now);
        var store = new MemoryWebhookNonceStore(timeProvider: clock);

        Assert.True(await store.TryAddAsync("n", Now.AddSeconds(35), CancellationToken.None));
        Assert.False(await store.TryAddAsync("n", Now.AddSeconds(35), CancellationToken.None));
        clock.Now = Now.AddSeconds(35);
        Assert.True(await store.TryAddAsync("n", Now.AddSeconds(70), CancellationToken.None));
    }

    [Fact]
    public async Task When_full_it_drops_expired_nonces_first_then_the_one_that_expires_soonest()
    {
        var clock = new FixedClock(Now);
        var store = new MemoryWebhookNonceStore(capacity: 3, timeProvider: clock);
        await store.TryAddAsync("expires-first", Now.AddSeconds(10), CancellationToken.None);
        await store.TryAddAsync("b", Now.AddSeconds(30), CancellationToken.None);
        await store.TryAddAsync("c", Now.AddSeconds(30), CancellationToken.None);

        Assert.True(await store.TryAddAsync("d", Now.AddSeconds(30), CancellationToken.None));

        Assert.Equal(3, store.Count);
        Assert.True(await store.TryAddAsync("expires-first", Now.AddSeconds(30), CancellationToken.None));
        Assert.False(await store.TryAddAsync("d", Now.AddSeconds(30), CancellationToken.None));
    }

    [Fact]
    public void Its_capacity_is_at_least_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MemoryWebhookNonceStore(capacity: 0));
    }
}
