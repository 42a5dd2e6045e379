using SevenIo;
using SevenIo.GatewayEmulator;

// One operation of every group of the gateway, through the package's client, against the emulator.
await using var emulator = await EmulatedGateway.StartAsync("consumer-key");
using var httpClient = new HttpClient();
var client = new SevenClient(httpClient, new SevenClientOptions { ApiKey = "consumer-key", BaseAddress = emulator.BaseAddress });

var created = await client.Hooks.CreateAsync("https://acme.inc/webhook", HookEventType.SmsMo, requestMethod: HookRequestMethod.Json);
IReadOnlyList<Hook> hooks = await client.Hooks.ListAsync();
await client.Hooks.DeleteAsync(created.Id);
var after = await client.Hooks.ListAsync();
Check("Hooks", hooks.Count == 1 && hooks[0].Id == created.Id && after.Count == 0);

var sent = await client.Sms.SendAsync("49176123456789", "Hello", new SmsSendOptions { From = "Acme" });
Check("Sms", sent.Messages is { Count: 1 } && sent.Messages[0].Success);
var balance = await client.Balance.GetAsync();
Check("Balance", balance.Currency.Length == 3);
Check("Analytics", (await client.Analytics.ListByCountryAsync()).Count >= 0);
Check("Contacts", (await client.Contacts.CreateAsync(new ContactsCreateOptions { FirstName = "Tim", MobileNumber = "4917012345" })).Id > 0);
Check("Groups", (await client.Groups.CreateAsync("Customers")).Id > 0);
Check("Journal", (await client.Journal.ListOutboundAsync(new JournalListOutboundOptions { Limit = 5 })).Count >= 0);
Check("Lookup", (await client.Lookup.GetFormatAsync(["491716992343"])).Count == 1);
Check("Numbers", (await client.Numbers.ListActiveAsync()).Count >= 0);
Check("Pricing", (await client.Pricing.GetAsync(country: "de")).Countries.Count >= 1);
Check("Rcs", (await client.Rcs.SendAsync("4915112345678", "Hi")).Messages.Count > 0);
Check("Status", (await client.Status.GetAsync([sent.Messages[0].Id!])).Count == 1);
Check("Subaccounts", (await client.Subaccounts.ListAsync()).Count >= 0);
Check("ValidateForVoice", (await client.ValidateForVoice.StartAsync("4915112345")).Success);
Check("Voice", (await client.Voice.SendAsync("491716992343", "Hello")).Messages.Count > 0);
Check("Waba", (await client.Waba.SendAsync("4915100000000", "4917600000000", new WabaSendOptions { Type = WabaMessageType.Text, Text = "Hi" })).Messages is { Count: 1 });

Console.WriteLine("16 groups called through the package");
return 0;

static void Check(string group, bool condition)
{
    Console.WriteLine($"{group}: {(condition ? "ok" : "UNEXPECTED ANSWER")}");
    if (!condition)
    {
        Environment.Exit(1);
    }
}
