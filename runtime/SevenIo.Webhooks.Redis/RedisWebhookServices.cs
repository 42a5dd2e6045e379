using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SevenIo;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="RedisWebhookNonceStore"/> as the replay store of <c>AddSevenWebhooks()</c>.</summary>
public static class RedisWebhookServiceCollectionExtensions
{
    /// <summary>The configuration key of the Redis connection string, used when no <see cref="IConnectionMultiplexer"/> is registered.</summary>
    public const string ConnectionStringKey = "Seven:Redis";

    /// <summary>
    /// Makes the receiver's replay store a <see cref="RedisWebhookNonceStore"/>, in place of the
    /// in-memory one; call it before or after <c>AddSevenWebhooks()</c>. The connection is the
    /// <see cref="IConnectionMultiplexer"/> registered in DI, or else one made from the connection
    /// string at <see cref="ConnectionStringKey"/> (<c>Seven:Redis</c>), connected on the first
    /// delivery without blocking a thread, which fails fast rather than queueing while Redis is away,
    /// so that a refused delivery's key is not written later.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the key prefix, timeout and database; optional.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddSevenWebhooksRedisNonceStore(this IServiceCollection services, Action<RedisWebhookNonceStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new RedisWebhookNonceStoreOptions();
        configure?.Invoke(options);
        services.Replace(ServiceDescriptor.Singleton<IWebhookNonceStore>(provider =>
            provider.GetService<IConnectionMultiplexer>() is { } registered
                ? new RedisWebhookNonceStore(registered, options, provider.GetService<TimeProvider>())
                : new ConnectingRedisNonceStore(() => ConnectAsync(provider), options, provider.GetService<TimeProvider>())));
        return services;
    }

    private static async Task<IConnectionMultiplexer> ConnectAsync(IServiceProvider provider)
    {
        var connectionString = provider.GetService<IConfiguration>()?[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"The Redis replay store needs a connection: register an IConnectionMultiplexer, or set {ConnectionStringKey} to a connection string.");
        }

        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        return await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
    }
}
