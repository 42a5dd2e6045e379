using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using SevenIo.GatewayEmulator;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>The generated services.AddSevenClient(...) with IHttpClientFactory, configuration and resilience handlers.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task Options_bind_from_the_Seven_section_and_the_client_comes_from_the_factory()
    {
        await using var server = await Gateway.JsonAsync("""{"success":true,"code":null,"hooks":[]}""");
        using var provider = Services(new Dictionary<string, string?>
        {
            ["Seven:ApiKey"] = Gateway.ApiKey,
            ["Seven:BaseAddress"] = server.BaseAddress.ToString(),
            ["Seven:ApplicationId"] = "acme-crm/1.0",
        }).BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        var hooks = await provider.GetRequiredService<SevenClient>().Hooks.ListAsync();

        Assert.Empty(hooks);
        var request = Assert.Single(server.Requests);
        Assert.Equal(Gateway.ApiKey, request.Header("X-Api-Key"));
        Assert.StartsWith("acme-crm/1.0 SevenIo/", request.Header("User-Agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signing_secret_from_configuration_signs_requests_sent_through_the_factory()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey, Gateway.SigningSecret);
        using var provider = Services(new Dictionary<string, string?>
        {
            ["Seven:ApiKey"] = Gateway.ApiKey,
            ["Seven:BaseAddress"] = emulator.BaseAddress.ToString(),
            ["Seven:SigningSecret"] = Gateway.SigningSecret,
            ["Seven:SentWith"] = "acme-crm",
        }).BuildServiceProvider();

        var sent = await provider.GetRequiredService<SevenClient>().Sms.SendAsync("49170123456", "Hi");

        Assert.Equal(GatewayCode.Accepted, sent.ReturnCode);
        Assert.Equal("acme-crm", Assert.Single(emulator.Requests).Header("SentWith"));
    }

    [Fact]
    public void A_missing_api_key_fails_when_the_host_starts_not_at_the_first_call()
    {
        using var provider = Services(new Dictionary<string, string?>()).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("SevenClientOptions.ApiKey is not set: put it in the 'Seven:ApiKey' configuration value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_delegate_runs_after_configuration_and_wins()
    {
        var services = Services(new Dictionary<string, string?> { ["Seven:ApiKey"] = "from-configuration" });
        services.AddSevenClient(options => options.ApiKey = "from-code");
        using var provider = services.BuildServiceProvider();

        Assert.Equal("from-code", provider.GetRequiredService<IOptions<SevenClientOptions>>().Value.ApiKey);
    }

    [Fact]
    public async Task The_standard_resilience_handler_retries_reads_but_never_a_create()
    {
        var attempts = new Dictionary<string, int>();
        await using var server = await Gateway.HandleAsync(async context =>
        {
            int attempt;
            lock (attempts)
            {
                attempts[context.Request.Method] = attempt = attempts.GetValueOrDefault(context.Request.Method) + 1;
            }

            context.Response.ContentType = "application/json";
            if (attempt < 3)
            {
                context.Response.StatusCode = 503;
                await context.Response.WriteAsync("""{"success":false,"code":"503","error_message":"busy"}""");
                return;
            }

            await context.Response.WriteAsync(context.Request.Method == "GET"
                ? """{"success":true,"code":null,"hooks":[]}"""
                : """{"success":true,"code":null,"id":1,"error_message":null}""");
        });
        var services = new ServiceCollection();
        services.AddSevenClient(options =>
            {
                options.ApiKey = Gateway.ApiKey;
                options.BaseAddress = server.BaseAddress;
            })
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(10);
                resilience.Retry.DisableForUnsafeHttpMethods();
            });
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<SevenClient>();

        var hooks = await client.Hooks.ListAsync();
        var e = await Assert.ThrowsAsync<SevenApiException>(() => client.Hooks.CreateAsync("https://acme.inc/hook", HookEventType.All));

        Assert.Empty(hooks);
        Assert.Equal(3, attempts["GET"]);
        Assert.Equal((1, 503), (attempts["POST"], e.StatusCode));
    }

    private static ServiceCollection Services(Dictionary<string, string?> configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddSevenClient();
        return services;
    }
}
