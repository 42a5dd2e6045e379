using System;
using System.Net.Http;
using SevenIo;
using SevenIo.AotSmoke;
using SevenIo.GatewayEmulator;

// Native AOT smoke test, compiled ahead of time with trim and AOT analysis as errors: the generated
// client and the runtime run list/create/delete against the loopback gateway emulator, and the
// generated webhook endpoint receives signed deliveries on Kestrel. The emulator plays an account that
// requires signed requests, so every call is signed (MD5, HMAC-SHA256, a random nonce) and verified.
await using var emulator = await EmulatedGateway.StartAsync("aot-key", "aot-signing-secret");
using var httpClient = new HttpClient();
var client = new SevenClient(httpClient, new SevenClientOptions { ApiKey = "aot-key", BaseAddress = emulator.BaseAddress, SigningSecret = "aot-signing-secret" });

var created = await client.Hooks.CreateAsync("https://acme.inc/aot", HookEventType.VoiceCall, requestMethod: HookRequestMethod.Get);
var listed = await client.Hooks.ListAsync();
await client.Hooks.DeleteAsync(created.Id);
var after = await client.Hooks.ListAsync();

var clientOk = listed.Count == 1 && listed[0].Id == created.Id && listed[0].EventType == HookEventType.VoiceCall && after.Count == 0;
Console.WriteLine($"AOT smoke: created {created.Id}, listed {listed.Count} ({listed[0].EventType}, {listed[0].Created:yyyy-MM-dd HH:mm:ss}), left {after.Count}: {(clientOk ? "ok" : "FAILED")}");

var receiverOk = await ReceiverSmoke.RunAsync(httpClient);
return clientOk && receiverOk ? 0 : 1;
