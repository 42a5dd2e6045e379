using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>Nothing a caller passes can inject headers, and addresses are checked before sending.</summary>
public sealed class SecurityTests
{
    private static readonly Uri Nowhere = new("http://127.0.0.1:9/");

    [Fact]
    public async Task Typed_headers_are_joined_with_line_feeds_and_sent_as_the_headers_parameter()
    {
        await using var server = await Gateway.JsonAsync("""{"success":true,"code":null,"id":1,"error_message":null}""");
        var headers = new HeaderLines { { "Authorization", "Basic dXNlcjpwYXNz" }, { "X-Source", " crm " } };

        await Gateway.Client(server.BaseAddress).Hooks.CreateAsync("https://acme.inc/hook", HookEventType.All, headers: headers);

        Assert.Equal("Authorization: Basic dXNlcjpwYXNz\nX-Source: crm", headers.ToString());
        Assert.Contains("&headers=Authorization%3A+Basic+dXNlcjpwYXNz%0AX-Source%3A+crm&", server.Requests.Single().Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-Token\r\nX-Injected")]
    [InlineData("X Token")]
    [InlineData("X-Token:")]
    [InlineData("Ünïcode")]
    public void A_header_name_that_is_not_an_http_token_is_rejected(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => new HeaderLines().Add(name, "v"));

        Assert.Equal("name", e.ParamName);
    }

    [Theory]
    [InlineData("secret-token\r\nX-Injected: 1")]
    [InlineData("secret-token\n")]
    [InlineData("secret\0token")]
    public void A_header_value_with_control_characters_is_rejected_without_repeating_it(string value)
    {
        var e = Assert.Throws<ArgumentException>(() => new HeaderLines().Add("Authorization", value));

        Assert.Equal("value", e.ParamName);
        Assert.Contains("'Authorization'", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acme.inc/webhook")]
    [InlineData("/relative/path")]
    [InlineData("ftp://acme.inc/webhook")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:secret@")]
    public async Task A_target_url_that_is_not_an_absolute_http_uri_is_rejected_before_sending(string targetUrl)
    {
        var client = Gateway.Client(Nowhere);

        var create = await Assert.ThrowsAsync<ArgumentException>(() => client.Hooks.CreateAsync(targetUrl, HookEventType.All));
        var delete = await Assert.ThrowsAsync<ArgumentException>(() => client.Hooks.DeleteAsync(targetUrl, HookEventType.All));

        Assert.Equal(("targetUrl", "targetUrl"), (create.ParamName, delete.ParamName));
        Assert.DoesNotContain("secret", create.Message, StringComparison.Ordinal);
    }
}
