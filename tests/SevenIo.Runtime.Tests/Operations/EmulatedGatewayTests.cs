using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SevenIo.GatewayEmulator;
using Xunit;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>
/// The built-in emulator answers every operation of the generated client, so that the sample and
/// the consumer tests run offline: one scenario per part of the gateway, in which what one call
/// creates the next one reads, changes and deletes.
/// </summary>
public sealed class EmulatedGatewayTests
{
    private static readonly Dictionary<string, (string[] Covers, Func<SevenClient, Task> Run)> Scenarios = new(StringComparer.Ordinal)
    {
        ["Hooks"] = (["Hooks.Create", "Hooks.List", "Hooks.Delete"], HooksAsync),
        ["Messaging"] = (["Sms.Send", "Status.Get", "Sms.Cancel", "Rcs.Send", "Rcs.Cancel", "Rcs.SendEvent", "Voice.Send", "Voice.HangUp", "ValidateForVoice.Start", "Waba.Send", "Waba.Cancel", "Waba.SendEvent"], MessagingAsync),
        ["AddressBook"] = (["Contacts.Create", "Contacts.Get", "Contacts.Update", "Contacts.List", "Contacts.Delete", "Groups.Create", "Groups.Get", "Groups.Update", "Groups.List", "Groups.Delete"], AddressBookAsync),
        ["Numbers"] = (["Numbers.ListAvailable", "Numbers.Order", "Numbers.ListActive", "Numbers.Get", "Numbers.Update", "Numbers.Delete"], NumbersAsync),
        ["Subaccounts"] = (["Subaccounts.Create", "Subaccounts.List", "Subaccounts.UpdateAutoTopUp", "Subaccounts.TransferCredits", "Subaccounts.Delete"], SubaccountsAsync),
        ["Lookups"] = (["Lookup.GetCnam", "Lookup.GetFormat", "Lookup.GetHlr", "Lookup.GetMnp", "Lookup.GetRcs"], LookupsAsync),
        ["Account"] = (["Balance.Get", "Pricing.Get", "Pricing.GetCsv", "Journal.ListOutbound", "Journal.ListInbound", "Journal.ListReplies", "Journal.ListVoice", "Analytics.ListByCountry", "Analytics.ListByDate", "Analytics.ListByLabel", "Analytics.ListBySubaccount"], AccountAsync),
    };

    public static TheoryData<string> Parts => new(Scenarios.Keys);

    /// <summary>Runs one part's scenario with the given client.</summary>
    internal static Task RunAsync(string part, SevenClient client) => Scenarios[part].Run(client);

    /// <summary>The operations one part's scenario calls.</summary>
    internal static IReadOnlyList<string> Covers(string part) => Scenarios[part].Covers;

    [Theory]
    [MemberData(nameof(Parts))]
    public async Task The_emulator_answers_the_scenario(string part)
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey);

        await Scenarios[part].Run(Gateway.Client(emulator.BaseAddress));

        Assert.True(emulator.Requests.Count >= Scenarios[part].Covers.Length);
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public async Task An_account_that_requires_signed_requests_verifies_every_request_of_the_scenario(string part)
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey, Gateway.SigningSecret);
        var client = new SevenClient(new System.Net.Http.HttpClient(), new SevenClientOptions { ApiKey = Gateway.ApiKey, BaseAddress = emulator.BaseAddress, SigningSecret = Gateway.SigningSecret });

        // The emulator answers 901 to any request whose signature it cannot verify, which fails the scenario.
        await Scenarios[part].Run(client);

        Assert.All(emulator.Requests, r => Assert.Equal(64, r.Header("X-Signature")!.Length));
        Assert.Equal(emulator.Requests.Count, emulator.Requests.Select(r => r.Header("X-Nonce")).Distinct().Count());
    }

    [Fact]
    public void The_scenarios_call_every_operation_of_the_client()
    {
        Assert.Equal(GeneratedOperations.All, Scenarios.Values.SelectMany(s => s.Covers).Order(StringComparer.Ordinal));
    }

    private static async Task HooksAsync(SevenClient client)
    {
        var created = await client.Hooks.CreateAsync("https://acme.inc/sms", HookEventType.SmsMo);
        Assert.Equal([created.Id], (await client.Hooks.ListAsync()).Select(h => h.Id));
        Assert.Equal(created.Id, (await client.Hooks.DeleteAsync(created.Id)).Id);
        Assert.Empty(await client.Hooks.ListAsync());
    }

    private static async Task MessagingAsync(SevenClient client)
    {
        var sent = await client.Sms.SendAsync("49170123456", "Now");
        var scheduled = await client.Sms.SendAsync("49170123456", "Later", new SmsSendOptions { Delay = DateTimeOffset.FromUnixTimeSeconds(1735689600) });
        var sentId = sent.Messages[0].Id!;
        var scheduledId = scheduled.Messages[0].Id!;
        Assert.Equal((GatewayCode.Accepted, true), (sent.ReturnCode, sent.AllAccepted));
        var statuses = await client.Status.GetAsync([sentId, scheduledId]);
        Assert.Equal([DeliveryStatus.Delivered, (DeliveryStatus?)null], statuses.Select(s => s.Status));
        var deleted = await client.Sms.CancelAsync([scheduledId]);
        Assert.Equal([scheduledId], deleted.Deleted);

        var rcs = await client.Rcs.SendAsync("4915112345678", "Later", new RcsSendOptions { Delay = DateTimeOffset.FromUnixTimeSeconds(1735689600) });
        Assert.True((await client.Rcs.CancelAsync(rcs.Messages[0].Id!)).Success);
        Assert.True((await client.Rcs.SendEventAsync(RcsEventType.IsTyping, to: "4915112345678")).Success);

        var call = await client.Voice.SendAsync("491716992343", "Hello");
        Assert.True((await client.Voice.HangUpAsync(call.Messages[0].Id!)).Success);
        Assert.True((await client.ValidateForVoice.StartAsync("4915112345")).Success);

        var whatsApp = await client.Waba.SendAsync("4915100000000", "4917600000000", new WabaSendOptions { Type = WabaMessageType.Text, Text = "Later", Delay = DateTimeOffset.FromUnixTimeSeconds(1735689600) });
        Assert.Equal("WA", whatsApp.Messages[0].Channel);
        Assert.True((await client.Waba.CancelAsync(whatsApp.Messages[0].Id!)).Success);
        Assert.True((await client.Waba.SendEventAsync(WabaEventType.Read, messageId: whatsApp.Messages[0].Id)).Success);
    }

    private static async Task AddressBookAsync(SevenClient client)
    {
        var group = await client.Groups.CreateAsync("Customers");
        Assert.Equal("Customers", (await client.Groups.GetAsync(group.Id)).Name);
        Assert.Equal("Clients", (await client.Groups.UpdateAsync(group.Id, "Clients")).Name);

        var contact = await client.Contacts.CreateAsync(new ContactsCreateOptions { FirstName = "Tim", MobileNumber = "4917012345", Groups = [group.Id] });
        Assert.Equal("Tim", (await client.Contacts.GetAsync(contact.Id)).Properties.FirstName);
        Assert.Equal("Timmy", (await client.Contacts.UpdateAsync(contact.Id, new ContactsUpdateOptions { FirstName = "Timmy" })).Properties.FirstName);
        var page = await client.Contacts.ListAsync(search: "Timmy");
        Assert.Equal([contact.Id], page.Contacts.Select(c => c.Id));
        Assert.True((await client.Contacts.DeleteAsync(contact.Id)).Success);

        Assert.Equal([group.Id], (await client.Groups.ListAsync()).Groups.Select(g => g.Id));
        Assert.True((await client.Groups.DeleteAsync(group.Id, deleteContacts: true)).Success);
    }

    private static async Task NumbersAsync(SevenClient client)
    {
        var available = await client.Numbers.ListAvailableAsync(country: "de", featuresSms: true);
        var number = available[0].Number;
        Assert.True((await client.Numbers.OrderAsync(number, paymentInterval: PaymentInterval.Monthly)).Success);
        Assert.Contains(number, (await client.Numbers.ListActiveAsync()).Select(n => n.Number));
        Assert.Equal(number, (await client.Numbers.GetAsync(number)).Number);
        Assert.Equal("Support", (await client.Numbers.UpdateAsync(number, friendlyName: "Support")).FriendlyName);
        Assert.True((await client.Numbers.DeleteAsync(number, deleteImmediately: true)).Success);
    }

    private static async Task SubaccountsAsync(SevenClient client)
    {
        var created = await client.Subaccounts.CreateAsync("Tim Testerson", "tim@acme.inc");
        var id = created.Subaccount!.Id;
        Assert.Single(await client.Subaccounts.ListAsync(id: id));
        Assert.True((await client.Subaccounts.UpdateAutoTopUpAsync(id, 10m, 25m)).Success);
        Assert.True((await client.Subaccounts.TransferCreditsAsync(id, 12.5m)).Success);
        Assert.Equal(12.5m, (await client.Subaccounts.ListAsync(id: id))[0].Balance);
        Assert.True((await client.Subaccounts.DeleteAsync(id)).Success);
    }

    private static async Task LookupsAsync(SevenClient client)
    {
        string[] numbers = ["491716992343", "4915112345678"];
        Assert.Equal(2, (await client.Lookup.GetCnamAsync(numbers)).Count);
        Assert.Equal(2, (await client.Lookup.GetFormatAsync(numbers)).Count);
        Assert.Equal(2, (await client.Lookup.GetHlrAsync(numbers)).Count);
        Assert.Equal(2, (await client.Lookup.GetMnpAsync(numbers)).Count);
        Assert.Single(await client.Lookup.GetRcsAsync([numbers[0]]));
    }

    private static async Task AccountAsync(SevenClient client)
    {
        Assert.Equal("EUR", (await client.Balance.GetAsync()).Currency);
        Assert.NotEmpty((await client.Pricing.GetAsync(country: "de")).Countries);
        Assert.Contains(";", (await client.Pricing.GetCsvAsync(country: "de")).Split('\n')[0], StringComparison.Ordinal);
        Assert.NotNull(await client.Journal.ListOutboundAsync(new JournalListOutboundOptions { Limit = 5 }));
        Assert.NotNull(await client.Journal.ListInboundAsync(new JournalListInboundOptions { Limit = 5 }));
        Assert.NotNull(await client.Journal.ListRepliesAsync(new JournalListRepliesOptions { Limit = 5 }));
        Assert.NotNull(await client.Journal.ListVoiceAsync(new JournalListVoiceOptions { Limit = 5 }));
        Assert.NotNull(await client.Analytics.ListByCountryAsync());
        Assert.NotNull(await client.Analytics.ListByDateAsync());
        Assert.NotNull(await client.Analytics.ListByLabelAsync());
        Assert.NotNull(await client.Analytics.ListBySubaccountAsync());
    }
}
