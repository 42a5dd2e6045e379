using SevenIo;
using SevenIo.GatewayEmulator;

await using var emulator = await EmulatedGateway.StartAsync("consumer-key");
using var httpClient = new HttpClient();
var client = new SevenClient(httpClient, new SevenClientOptions { ApiKey = "consumer-key", BaseAddress = emulator.BaseAddress });

var created = await client.Hooks.CreateAsync("https://acme.inc/webhook", HookEventType.SmsMo, requestMethod: HookRequestMethod.Json);
IReadOnlyList<Hook> hooks = await client.Hooks.ListAsync();
await client.Hooks.DeleteAsync(created.Id);
var after = await client.Hooks.ListAsync();
Console.WriteLine($"created {created.Id}, listed {hooks.Count}, deleted, left {after.Count}");
return hooks.Count == 1 && hooks[0].Id == created.Id && after.Count == 0 ? 0 : 1;
