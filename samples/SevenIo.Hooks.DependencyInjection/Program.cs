using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using SevenIo;
using SevenIo.GatewayEmulator;

// The client behind IHttpClientFactory: options from configuration ("Seven:ApiKey", ...), validated
// at start, and the standard resilience handler with retries for reads only. A retried POST could
// register a webhook twice, and a retried DELETE could report "not found" for a delete that worked.
await using var emulator = await EmulatedGateway.StartAsync("di-sample-key");
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Seven:ApiKey"] = "di-sample-key",
        ["Seven:BaseAddress"] = emulator.BaseAddress.ToString(),
    })
    .Build();

var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddSevenClient()
    .AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());

await using var provider = services.BuildServiceProvider();
provider.GetRequiredService<IStartupValidator>().Validate(); // what a host does when it starts

var client = provider.GetRequiredService<SevenClient>();
var created = await client.Hooks.CreateAsync("https://acme.inc/webhooks/di", HookEventType.Dlr);
var hooks = await client.Hooks.ListAsync();
await client.Hooks.DeleteAsync(created.Id);
Console.WriteLine($"Through IHttpClientFactory: created webhook {created.Id}, listed {hooks.Count}, deleted it again.");
