using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using SevenIo;
using SevenIo.GatewayEmulator;

// The main job: register two webhooks, list them, delete one by ID and one by its parameters,
// list again, then send an SMS and read the balance. Without SEVEN_API_KEY it runs offline
// against the built-in gateway emulator.
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(1));
var ct = cancellation.Token;

var apiKey = Environment.GetEnvironmentVariable("SEVEN_API_KEY");
EmulatedGateway? emulator = null;
SevenClientOptions options;
if (string.IsNullOrEmpty(apiKey))
{
    const string emulatorKey = "sample-api-key";
    emulator = await EmulatedGateway.StartAsync(emulatorKey);
    options = new SevenClientOptions { ApiKey = emulatorKey, BaseAddress = emulator.BaseAddress };
    Console.WriteLine($"SEVEN_API_KEY is not set: using the built-in gateway emulator at {emulator.BaseAddress}");
}
else
{
    options = new SevenClientOptions { ApiKey = apiKey };
    Console.WriteLine($"Using the real gateway at {options.BaseAddress}");
}

try
{
    var client = new SevenClient(options);

    var first = await client.Hooks.CreateAsync("https://acme.inc/webhooks/sms", HookEventType.SmsMo, eventFilter: "49157123456789", cancellationToken: ct);
    Console.WriteLine($"Created webhook {first.Id} for inbound SMS.");
    var second = await client.Hooks.CreateAsync(
        "https://acme.inc/webhooks/all",
        HookEventType.All,
        headers: "Authorization: Basic dXNlcjpwYXNz",
        requestMethod: HookRequestMethod.Json,
        cancellationToken: ct);
    Console.WriteLine($"Created webhook {second.Id} for all events, delivered as JSON.");

    Print(await client.Hooks.ListAsync(ct));

    var byId = await client.Hooks.DeleteAsync(first.Id, ct);
    Console.WriteLine($"Deleted webhook {byId.Id} by its ID.");
    var byParameters = await client.Hooks.DeleteAsync("https://acme.inc/webhooks/all", HookEventType.All, HookRequestMethod.Json, ct);
    Console.WriteLine($"Deleted webhook {byParameters.Id} by its target URL, event type and request method.");

    Print(await client.Hooks.ListAsync(ct));

    var sent = await client.Sms.SendAsync("49176123456789", "Your parcel arrives today.", new SmsSendOptions { From = "Acme" }, cancellationToken: ct);
    foreach (var message in sent.Messages ?? [])
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SMS {message.Id ?? "-"} to {message.Recipient}: {(message.Success ? "accepted" : "refused, error " + message.Error)}, {message.Parts} part(s), {message.Price:0.0000} EUR."));
    }

    var balance = await client.Balance.GetAsync(ct);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Balance: {balance.Amount:0.00} {balance.Currency}."));
    return 0;
}
catch (SevenApiException e)
{
    Console.Error.WriteLine($"The gateway refused: {e.Message} (HTTP {e.StatusCode}, code {e.ErrorCode ?? "none"})");
    return 1;
}
finally
{
    if (emulator is not null)
    {
        await emulator.DisposeAsync();
    }
}

static void Print(IReadOnlyList<Hook> hooks)
{
    Console.WriteLine();
    Console.WriteLine($"{hooks.Count} webhook(s):");
    Console.WriteLine($"{"ID",-6} {"Event",-12} {"Method",-6} {"Enabled",-7} {"Created",-19} {"Filter",-15} Target");
    foreach (var hook in hooks)
    {
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{hook.Id,-6} {hook.EventType,-12} {hook.RequestMethod,-6} {hook.Enabled,-7} {hook.Created:yyyy-MM-dd HH:mm:ss} {hook.EventFilter ?? "-",-15} {hook.TargetUrl}"));
    }

    Console.WriteLine();
}
