using System;
using System.ComponentModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SevenIo.Runtime;

/// <summary>What a generated <c>services.AddSevenWebhooks()</c> registers.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WebhookServices
{
    /// <summary>
    /// Registers the webhook options (bound from <paramref name="configurationSection"/> when an
    /// <see cref="IConfiguration"/> is registered, then <paramref name="configure"/>; a missing
    /// signing key fails when the host starts), the nonce store (in memory unless one is registered)
    /// and the <see cref="WebhookVerifier"/>. A registered <see cref="TimeProvider"/> is the clock.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configurationSection">The configuration section the options are read from.</param>
    /// <param name="addMethod">The generated method's name, for the message of a missing key.</param>
    /// <param name="configure">Sets options after configuration was applied; may be null.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection Add(IServiceCollection services, string configurationSection, string addMethod, Action<SevenWebhookOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(configurationSection);
        ArgumentException.ThrowIfNullOrEmpty(addMethod);
        services.AddOptions<SevenWebhookOptions>()
            .Configure<IServiceProvider>((options, provider) => Bind(options, provider.GetService<IConfiguration>(), configurationSection))
            .Configure(options => configure?.Invoke(options))
            .Validate(
                options => !options.VerifySignatures || !string.IsNullOrWhiteSpace(options.SigningKey),
                $"SevenWebhookOptions.SigningKey is not set: put the account's signing key in the '{configurationSection}:SigningKey' configuration value or set it in {addMethod}(options => ...). To accept unsigned deliveries, set VerifySignatures to false.")
            .ValidateOnStart();
        services.TryAddSingleton<IWebhookNonceStore>(provider => new MemoryWebhookNonceStore(timeProvider: provider.GetService<TimeProvider>()));
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SevenWebhookOptions>>().Value;
            options.NonceStore ??= provider.GetRequiredService<IWebhookNonceStore>();
            options.TimeProvider ??= provider.GetService<TimeProvider>();
            return new WebhookVerifier(options);
        });
        return services;
    }

    private static void Bind(SevenWebhookOptions options, IConfiguration? configuration, string configurationSection)
    {
        if (configuration == null)
        {
            return;
        }

        var section = configuration.GetSection(configurationSection);
        OptionsBinding.Bind(options, key => section[key]);
    }
}
