using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SevenIo.GatewayEmulator;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>The sample's whole flow against the built-in emulator.</summary>
public sealed class EmulatorTests
{
    [Fact]
    public async Task Create_list_and_delete_by_id_and_by_parameters_round_trip()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey);
        var client = Gateway.Client(emulator.BaseAddress);

        var first = await client.Hooks.CreateAsync("https://acme.inc/sms", HookEventType.SmsMo, eventFilter: "4915712345");
        var second = await client.Hooks.CreateAsync("https://acme.inc/all", HookEventType.All, headers: "X-Token: 1", requestMethod: HookRequestMethod.Json);
        var listed = await client.Hooks.ListAsync();
        await client.Hooks.DeleteAsync(first.Id);
        await client.Hooks.DeleteAsync("https://acme.inc/all", HookEventType.All, HookRequestMethod.Json);
        var after = await client.Hooks.ListAsync();

        Assert.Equal([first.Id, second.Id], listed.Select(h => h.Id));
        Assert.Equal(("4915712345", (string?)null), (listed[0].EventFilter, listed[0].Headers));
        // Like the real gateway, the list leaves a hook's headers out.
        Assert.Equal(((string?)null, HookRequestMethod.Json), (listed[1].Headers, listed[1].RequestMethod));
        Assert.Empty(after);
    }

    [Fact]
    public async Task A_wrong_key_gets_the_gateways_bare_900()
    {
        await using var emulator = await EmulatedGateway.StartAsync("the-right-key");
        var client = new SevenClient(new HttpClient(), new SevenClientOptions { ApiKey = "a-wrong-key", BaseAddress = emulator.BaseAddress });

        var e = await Assert.ThrowsAsync<SevenApiException>(() => client.Hooks.ListAsync());

        Assert.Equal("900", e.ErrorCode);
    }

    [Fact]
    public async Task Deleting_a_webhook_that_does_not_exist_is_reported()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey);

        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(emulator.BaseAddress).Hooks.DeleteAsync(1));

        // The gateway's refusal carries a null code and a message (F3).
        Assert.Equal(((string?)null, "No webhook matches the given parameters. (HTTP 200)"), (e.ErrorCode, e.Message));
    }
}
