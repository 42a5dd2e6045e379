using System;
using System.ComponentModel;
using System.Globalization;

namespace SevenIo.Runtime;

/// <summary>
/// Fills options from configuration values, for the generated <c>services.Add...()</c> methods.
/// It takes the values as a lookup (<c>key =&gt; section[key]</c>) rather than an
/// <c>IConfiguration</c>, so the runtime needs no configuration package and binds without
/// reflection (trimming and Native AOT stay clean). A value that is missing or empty leaves the
/// option as it is; a value that does not parse leaves it too, except an address, which must be absolute.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class OptionsBinding
{
    /// <summary>The key of <see cref="ApiClientOptions.ApiKey"/>.</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>The key of <see cref="ApiClientOptions.BaseAddress"/>.</summary>
    public const string BaseAddress = "BaseAddress";

    /// <summary>The key of <see cref="ApiClientOptions.ApplicationId"/>.</summary>
    public const string ApplicationId = "ApplicationId";

    /// <summary>The key of <see cref="ApiClientOptions.SigningSecret"/>.</summary>
    public const string SigningSecret = "SigningSecret";

    /// <summary>The key of <see cref="ApiClientOptions.SentWith"/>.</summary>
    public const string SentWith = "SentWith";

    /// <summary>The key of <see cref="SevenWebhookOptions.SigningKey"/>.</summary>
    public const string SigningKey = "SigningKey";

    /// <summary>The key of <see cref="SevenWebhookOptions.VerifySignatures"/> (<c>true</c> or <c>false</c>).</summary>
    public const string VerifySignatures = "VerifySignatures";

    /// <summary>The key of <see cref="SevenWebhookOptions.Tolerance"/> (a time span, <c>00:00:30</c>).</summary>
    public const string Tolerance = "Tolerance";

    /// <summary>The key of <see cref="SevenWebhookOptions.ClockSkew"/> (a time span, <c>00:00:05</c>).</summary>
    public const string ClockSkew = "ClockSkew";

    /// <summary>The key of <see cref="SevenWebhookOptions.PublicBaseAddress"/>.</summary>
    public const string PublicBaseAddress = "PublicBaseAddress";

    /// <summary>The key of <see cref="SevenWebhookOptions.MaxBodySize"/> (bytes).</summary>
    public const string MaxBodySize = "MaxBodySize";

    /// <summary>Sets the client options that <paramref name="setting"/> has a value for.</summary>
    /// <param name="options">The options to fill.</param>
    /// <param name="setting">The configuration value of a key, or null.</param>
    /// <exception cref="UriFormatException">The base address is not an absolute address.</exception>
    public static void Bind(ApiClientOptions options, Func<string, string?> setting)
    {
        Argument.AssertNotNull(options, nameof(options));
        Argument.AssertNotNull(setting, nameof(setting));

        if (Value(setting, ApiKey) is { } apiKey)
        {
            options.ApiKey = apiKey;
        }

        if (Value(setting, BaseAddress) is { } baseAddress)
        {
            options.BaseAddress = new Uri(baseAddress, UriKind.Absolute);
        }

        if (Value(setting, ApplicationId) is { } applicationId)
        {
            options.ApplicationId = applicationId;
        }

        if (Value(setting, SigningSecret) is { } signingSecret)
        {
            options.SigningSecret = signingSecret;
        }

        if (Value(setting, SentWith) is { } sentWith)
        {
            options.SentWith = sentWith;
        }
    }

    /// <summary>Sets the webhook options that <paramref name="setting"/> has a value for.</summary>
    /// <param name="options">The options to fill.</param>
    /// <param name="setting">The configuration value of a key, or null.</param>
    /// <exception cref="UriFormatException">The public base address is not an absolute address.</exception>
    public static void Bind(SevenWebhookOptions options, Func<string, string?> setting)
    {
        Argument.AssertNotNull(options, nameof(options));
        Argument.AssertNotNull(setting, nameof(setting));

        if (Value(setting, SigningKey) is { } signingKey)
        {
            options.SigningKey = signingKey;
        }

        if (bool.TryParse(setting(VerifySignatures), out var verify))
        {
            options.VerifySignatures = verify;
        }

        if (TimeSpan.TryParse(setting(Tolerance), CultureInfo.InvariantCulture, out var tolerance))
        {
            options.Tolerance = tolerance;
        }

        if (TimeSpan.TryParse(setting(ClockSkew), CultureInfo.InvariantCulture, out var clockSkew))
        {
            options.ClockSkew = clockSkew;
        }

        if (Value(setting, PublicBaseAddress) is { } publicBaseAddress)
        {
            options.PublicBaseAddress = new Uri(publicBaseAddress, UriKind.Absolute);
        }

        if (int.TryParse(setting(MaxBodySize), NumberStyles.None, CultureInfo.InvariantCulture, out var maxBodySize))
        {
            options.MaxBodySize = maxBodySize;
        }
    }

    private static string? Value(Func<string, string?> setting, string key)
    {
        var value = setting(key);
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
