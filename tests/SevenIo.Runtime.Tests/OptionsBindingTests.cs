using System;
using System.Collections.Generic;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>The configuration binding that the generated <c>services.Add...()</c> methods call.</summary>
public sealed class OptionsBindingTests
{
    [Fact]
    public void Every_client_key_sets_its_option()
    {
        var options = new SevenClientOptions();

        OptionsBinding.Bind(options, Settings(("ApiKey", "key-1"), ("BaseAddress", "http://127.0.0.1:5000/"), ("ApplicationId", "crm/2.1"), ("SigningSecret", "secret-1"), ("SentWith", "acme")));

        Assert.Equal(("key-1", new Uri("http://127.0.0.1:5000/"), "crm/2.1"), (options.ApiKey, options.BaseAddress, options.ApplicationId));
        Assert.Equal(("secret-1", "acme"), (options.SigningSecret, options.SentWith));
    }

    [Fact]
    public void Missing_and_empty_client_values_leave_the_options_as_they_are()
    {
        var options = new SevenClientOptions { ApiKey = "set", ApplicationId = "app" };
        var defaultAddress = options.BaseAddress;

        OptionsBinding.Bind(options, Settings(("ApiKey", string.Empty), ("BaseAddress", string.Empty)));

        Assert.Equal(("set", defaultAddress, "app"), (options.ApiKey, options.BaseAddress, options.ApplicationId));
    }

    [Fact]
    public void A_relative_base_address_is_refused()
    {
        Assert.Throws<UriFormatException>(() => OptionsBinding.Bind(new SevenClientOptions(), Settings(("BaseAddress", "gateway/api"))));
    }

    [Fact]
    public void Every_webhook_key_sets_its_option_in_invariant_formats()
    {
        var options = new SevenWebhookOptions();

        OptionsBinding.Bind(options, Settings(
            ("SigningKey", "secret"),
            ("VerifySignatures", "false"),
            ("Tolerance", "00:01:30"),
            ("ClockSkew", "00:00:02"),
            ("PublicBaseAddress", "https://hooks.example.com/"),
            ("MaxBodySize", "4096")));

        Assert.Equal("secret", options.SigningKey);
        Assert.False(options.VerifySignatures);
        Assert.Equal((TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(2)), (options.Tolerance, options.ClockSkew));
        Assert.Equal(new Uri("https://hooks.example.com/"), options.PublicBaseAddress);
        Assert.Equal(4096, options.MaxBodySize);
    }

    [Fact]
    public void Webhook_values_that_do_not_parse_leave_the_defaults()
    {
        var options = new SevenWebhookOptions();

        OptionsBinding.Bind(options, Settings(("VerifySignatures", "yes"), ("Tolerance", "soon"), ("ClockSkew", string.Empty), ("MaxBodySize", "-1")));

        Assert.True(options.VerifySignatures);
        Assert.Equal((SevenWebhookOptions.DefaultTolerance, SevenWebhookOptions.DefaultClockSkew), (options.Tolerance, options.ClockSkew));
        Assert.Equal(SevenWebhookOptions.DefaultMaxBodySize, options.MaxBodySize);
    }

    private static Func<string, string?> Settings(params (string Key, string Value)[] values)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            settings[key] = value;
        }

        return key => settings.TryGetValue(key, out var value) ? value : null;
    }
}
