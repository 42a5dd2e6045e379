using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>What the generated client puts on the wire, and how it reads the reference's responses.</summary>
public sealed class WireTests
{
    private const string ReferenceList = """
        {
          "success": true,
          "code": null,
          "hooks": [
            { "id": "410", "target_url": "https://acme.inc/v1/webhooks", "headers": "",
              "event_type": "sms_mo", "event_filter": "49157123456789", "request_method": "GET",
              "enabled": true, "created": "2021-03-01 11:19:08" },
            { "id": "1277", "target_url": "https://hooks.seven.io/hook",
              "headers": "Authorization: Basic dXNlcjpwYXNz", "event_type": "all",
              "event_filter": null, "request_method": "JSON", "enabled": false,
              "created": "2021-12-30 13:33:02" }
          ]
        }
        """;

    private const string ReferenceResult = """{ "success": true, "code": null, "id": 12345, "error_message": null }""";

    [Fact]
    public async Task List_sends_a_bare_GET_with_the_key_header_and_reads_the_reference_response_field_by_field()
    {
        await using var server = await Gateway.JsonAsync(ReferenceList);

        var hooks = await Gateway.Client(server.BaseAddress).Hooks.ListAsync();

        var request = Assert.Single(server.Requests);
        Assert.Equal(("GET", "/api/hooks", string.Empty, string.Empty), (request.Method, request.Path, request.Query, request.Body));
        Assert.Equal(Gateway.ApiKey, request.Header("X-Api-Key"));
        Assert.Matches(@"^SevenIo/\d+\.\d+\.\d+", request.Header("User-Agent"));
        Assert.Null(request.ContentType);

        Assert.Equal(2, hooks.Count);
        var first = hooks[0];
        Assert.Equal(410L, first.Id);
        Assert.Equal("https://acme.inc/v1/webhooks", first.TargetUrl);
        Assert.Equal(string.Empty, first.Headers);
        Assert.Equal(HookEventType.SmsMo, first.EventType);
        Assert.Equal("49157123456789", first.EventFilter);
        Assert.Equal(HookRequestMethod.Get, first.RequestMethod);
        Assert.True(first.Enabled);
        Assert.Equal(new DateTime(2021, 3, 1, 11, 19, 8), first.Created);
        Assert.Equal(DateTimeKind.Unspecified, first.Created.Kind);

        var second = hooks[1];
        Assert.Equal(1277L, second.Id);
        Assert.Equal("https://hooks.seven.io/hook", second.TargetUrl);
        Assert.Equal("Authorization: Basic dXNlcjpwYXNz", second.Headers);
        Assert.Equal(HookEventType.All, second.EventType);
        Assert.Null(second.EventFilter);
        Assert.Equal(HookRequestMethod.Json, second.RequestMethod);
        Assert.False(second.Enabled);
        Assert.Equal(new DateTime(2021, 12, 30, 13, 33, 2), second.Created);
    }

    [Fact]
    public async Task Create_sends_every_parameter_as_a_form_body_and_reads_the_numeric_id()
    {
        await using var server = await Gateway.JsonAsync(ReferenceResult);

        var result = await Gateway.Client(server.BaseAddress).Hooks.CreateAsync(
            "https://acme.inc/webhook",
            HookEventType.SmsMo,
            headers: "Authorization: Basic dXNlcjpwYXNz\nX-Other: 1",
            eventFilter: "49157123456789",
            requestMethod: HookRequestMethod.Json);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/api/hooks", string.Empty), (request.Method, request.Path, request.Query));
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal(
            "target_url=https%3A%2F%2Facme.inc%2Fwebhook&headers=Authorization%3A+Basic+dXNlcjpwYXNz%0AX-Other%3A+1&event_type=sms_mo&event_filter=49157123456789&request_method=JSON",
            request.Body);
        Assert.Equal(Gateway.ApiKey, request.Header("X-Api-Key"));
        Assert.DoesNotContain(Gateway.ApiKey, request.Body, StringComparison.Ordinal);
        Assert.Equal(12345L, result.Id);
    }

    [Fact]
    public async Task Create_leaves_out_optional_parameters_that_are_null()
    {
        await using var server = await Gateway.JsonAsync(ReferenceResult);

        await Gateway.Client(server.BaseAddress).Hooks.CreateAsync("https://acme.inc/webhook/", HookEventType.All);

        Assert.Equal("target_url=https%3A%2F%2Facme.inc%2Fwebhook%2F&event_type=all", Assert.Single(server.Requests).Body);
    }

    [Fact]
    public async Task Delete_by_id_sends_a_DELETE_with_a_form_body()
    {
        await using var server = await Gateway.JsonAsync(ReferenceResult);

        var result = await Gateway.Client(server.BaseAddress).Hooks.DeleteAsync(123456);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("DELETE", "/api/hooks", "application/x-www-form-urlencoded", "id=123456"), (request.Method, request.Path, request.ContentType, request.Body));
        Assert.Equal(12345L, result.Id);
    }

    [Fact]
    public async Task Delete_by_parameters_sends_the_registration_parameters()
    {
        await using var server = await Gateway.JsonAsync(ReferenceResult);

        await Gateway.Client(server.BaseAddress).Hooks.DeleteAsync("https://acme.inc/webhook", HookEventType.SmsMo, HookRequestMethod.Json);

        var request = Assert.Single(server.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("target_url=https%3A%2F%2Facme.inc%2Fwebhook&event_type=sms_mo&request_method=JSON", request.Body);
    }

    [Fact]
    public async Task An_event_type_the_client_does_not_know_is_read_and_sent_back_unchanged()
    {
        const string list = """{"success":true,"code":null,"hooks":[{"id":7,"target_url":"https://a.example/","event_type":"wa_mo","request_method":"XML","enabled":"1","created":"2024-02-29 23:59:59","extra":{"nested":[1,2]}}]}""";
        await using var listServer = await Gateway.JsonAsync(list);
        await using var deleteServer = await Gateway.JsonAsync(ReferenceResult);

        var hook = Assert.Single(await Gateway.Client(listServer.BaseAddress).Hooks.ListAsync());
        await Gateway.Client(deleteServer.BaseAddress).Hooks.DeleteAsync(hook.TargetUrl, hook.EventType, hook.RequestMethod);

        Assert.Equal(("wa_mo", "XML"), (hook.EventType.ToString(), hook.RequestMethod.ToString()));
        Assert.Null(hook.Headers);
        Assert.Null(hook.EventFilter);
        Assert.True(hook.Enabled);
        Assert.Equal("target_url=https%3A%2F%2Fa.example%2F&event_type=wa_mo&request_method=XML", Assert.Single(deleteServer.Requests).Body);
    }

    [Fact]
    public async Task The_base_address_may_carry_a_path_prefix()
    {
        await using var server = await Gateway.JsonAsync(ReferenceList);

        await Gateway.Client(new Uri(server.BaseAddress, "/proxy/seven/")).Hooks.ListAsync();

        Assert.Equal("/proxy/seven/api/hooks", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task The_application_id_goes_before_the_client_token_in_the_user_agent()
    {
        await using var server = await Gateway.JsonAsync(ReferenceList);
        var client = new SevenClient(new System.Net.Http.HttpClient(), new SevenClientOptions { ApiKey = Gateway.ApiKey, BaseAddress = server.BaseAddress, ApplicationId = "acme-crm/2.1" });

        await client.Hooks.ListAsync();

        Assert.StartsWith("acme-crm/2.1 SevenIo/", server.Requests.Single().Header("User-Agent"), StringComparison.Ordinal);
    }
}
