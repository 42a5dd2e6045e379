using System;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>Wrong arguments fail before anything is sent, and never repeat the API key.</summary>
public sealed class ArgumentTests
{
    private static readonly Uri Nowhere = new("http://127.0.0.1:9/");

    [Fact]
    public async Task A_missing_required_string_is_rejected_before_sending()
    {
        var client = Gateway.Client(Nowhere);

        var e = await Assert.ThrowsAsync<ArgumentNullException>(() => client.Hooks.CreateAsync(null!, HookEventType.All));

        Assert.Equal("targetUrl", e.ParamName);
    }

    [Fact]
    public async Task A_default_enum_value_is_rejected_before_sending()
    {
        var client = Gateway.Client(Nowhere);

        var e = await Assert.ThrowsAsync<ArgumentException>(() => client.Hooks.DeleteAsync("https://a.example", default(HookEventType)));

        Assert.Equal("eventType", e.ParamName);
    }

    [Fact]
    public async Task An_empty_list_that_its_encoding_would_drop_is_refused_before_sending_never_silently_left_out()
    {
        var client = Gateway.Client(Nowhere);

        var optional = await Assert.ThrowsAsync<ArgumentException>(() => client.Numbers.UpdateAsync("4916096754993", smsForward: []));
        var lazy = await Assert.ThrowsAsync<ArgumentException>(() => client.Numbers.UpdateAsync("4916096754993", emailForward: System.Linq.Enumerable.Empty<string>()));
        var required = await Assert.ThrowsAsync<ArgumentException>(() => client.Sms.CancelAsync([]));

        Assert.Equal(("smsForward", "emailForward", "ids"), (optional.ParamName, lazy.ParamName, required.ParamName));
        Assert.StartsWith("The list is empty, and it is sent as one form or query field per item", optional.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void A_client_needs_an_api_key(string? key)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new SevenClient(key!));

        Assert.Equal("apiKey", e.ParamName);
    }

    [Theory]
    [InlineData("secret-key\r\nX-Injected: 1")]
    [InlineData("secret-key\n")]
    [InlineData("secret\0key")]
    public void An_api_key_with_control_characters_is_rejected_without_repeating_it(string key)
    {
        var e = Assert.Throws<ArgumentException>(() => new SevenClient(new HttpClient(), new SevenClientOptions { ApiKey = key }));

        Assert.DoesNotContain("secret", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_never_show_the_api_key_or_the_signing_secret()
    {
        var options = new SevenClientOptions { ApiKey = "super-secret-key", SigningSecret = "super-secret-secret" };

        Assert.Equal("SevenClientOptions { BaseAddress = https://gateway.seven.io/, ApiKey = <set>, SigningSecret = <set>, AccessTokenProvider = <not set>, SentWith = dotnet-generator }", options.ToString());
    }

    [Fact]
    public void Enum_values_compare_by_wire_string_ignoring_case()
    {
        Assert.Equal(HookEventType.SmsMo, new HookEventType("SMS_MO"));
        Assert.Equal(HookEventType.SmsMo.GetHashCode(), new HookEventType("SMS_MO").GetHashCode());
        Assert.NotEqual(HookEventType.SmsMo, HookEventType.All);
        Assert.Equal("sms_mo", HookEventType.SmsMo.ToString());
        Assert.Equal(string.Empty, default(HookEventType).ToString());
    }
}
