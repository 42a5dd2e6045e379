using System;
using System.Collections.Generic;
using Xunit;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>Analytics, balance, journals, pricing and subaccounts, as rec-2022 to rec-2024 recorded them.</summary>
internal static partial class WireCases
{
    private const string SubaccountAnswer = """
        {"id":941955,"username":null,"company":"","balance":2,"total_usage":0,"auto_topup":{"amount":null,"threshold":null},"contact":{"name":"Tim","email":"tim@acme.inc"}}
        """;

    public static IEnumerable<KeyValuePair<string, WireCase>> Account()
    {
        foreach (var (operation, key, value) in new[] { ("ListByCountry", "country", "DE"), ("ListByDate", "date", "2024-10-08"), ("ListByLabel", "label", "promo"), ("ListBySubaccount", "account", "accName") })
        {
            yield return new("Analytics." + operation, WireCase.Of(
                c => operation switch
                {
                    "ListByCountry" => c.Analytics.ListByCountryAsync(start: new DateTime(2024, 10, 8), end: new DateTime(2024, 11, 7), label: "promo", subaccounts: "all"),
                    "ListByDate" => c.Analytics.ListByDateAsync(start: new DateTime(2024, 10, 8), end: new DateTime(2024, 11, 7), label: "promo", subaccounts: "all"),
                    "ListByLabel" => c.Analytics.ListByLabelAsync(start: new DateTime(2024, 10, 8), end: new DateTime(2024, 11, 7), label: "promo", subaccounts: "all"),
                    _ => c.Analytics.ListBySubaccountAsync(start: new DateTime(2024, 10, 8), end: new DateTime(2024, 11, 7), label: "promo", subaccounts: "all"),
                },
                "GET", "/api/analytics/" + (key == "account" ? "subaccount" : key), "?start=2024-10-08&end=2024-11-07&label=promo&subaccounts=all", null, string.Empty,
                $$"""[{"{{key}}":"","sms":0,"rcs":0,"voice":0,"hlr":0,"mnp":0,"inbound":0,"usage_eur":1},{"{{key}}":"{{value}}","sms":2,"rcs":1,"voice":3,"hlr":4,"mnp":5,"inbound":6,"usage_eur":0.15}]""",
                r =>
                {
                    // Whole amounts come without a fraction; an empty key is traffic without one.
                    Assert.Equal(1m, r[0].UsageEuros);
                    Assert.Equal((2, (int?)1, 3, 4, 5, 6, 0.15m), (r[1].Sms, r[1].Rcs, r[1].Voice, r[1].Hlr, r[1].Mnp, r[1].Inbound, r[1].UsageEuros));
                    Assert.Equal(value, key switch
                    {
                        "country" => r[1].Country,
                        "date" => r[1].Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        "label" => r[1].Label,
                        _ => r[1].Account,
                    });
                }));
        }

        yield return new("Balance.Get", WireCase.Of(
            c => c.Balance.GetAsync(),
            "GET", "/api/balance", string.Empty, null, string.Empty,
            """{"amount":31.11,"currency":"EUR"}""",
            r => Assert.Equal((31.11m, "EUR"), (r.Amount, r.Currency))));

        yield return new("Journal.ListOutbound", WireCase.Of(
            c => c.Journal.ListOutboundAsync(new JournalListOutboundOptions { Id = "77252877851", DateFrom = new DateTime(2024, 10, 1), DateTo = new DateTime(2024, 10, 31), To = "49170", State = DeliveryStatus.Delivered, Limit = 50, Offset = 10 }),
            "GET", "/api/journal/outbound", "?id=77252877851&date_from=2024-10-01&date_to=2024-10-31&to=49170&state=DELIVERED&limit=50&offset=10", null, string.Empty,
            """
            [{"id":"77252877851","from":"Acme","to":"49170123456","text":"Hi","timestamp":"2024-10-22 11:24:42.123","price":"0.0750","channel":"SMS",
              "dlr":"DELIVERED","dlr_timestamp":"2024-10-22 11:24:45.321","mccmnc":"26201","latency":"3.1980","label":null,"foreign_id":null,"type":"direct","connection":"http"},
             {"id":"77252877852","from":"Acme","to":"49170123456","text":"Hi","timestamp":"2024-10-22 11:24:42","price":"0.0000","channel":"SMS",
              "dlr":null,"dlr_timestamp":null,"mccmnc":null,"latency":null,"label":"undefined","foreign_id":null,"type":"direct","connection":"zapier"}]
            """,
            r =>
            {
                Assert.Equal((0.075m, (DeliveryStatus?)DeliveryStatus.Delivered, 3.198m, new DateTime(2024, 10, 22, 11, 24, 42, 123)), (r[0].Price, r[0].Status, r[0].Latency, r[0].Timestamp!.Value));
                Assert.Equal(((DeliveryStatus?)null, (DateTime?)null, (decimal?)null, "zapier"), (r[1].Status, r[1].StatusTimestamp, r[1].Latency, r[1].Connection));
            }));

        yield return new("Journal.ListInbound", WireCase.Of(
            c => c.Journal.ListInboundAsync(new JournalListInboundOptions { Limit = 1 }),
            "GET", "/api/journal/inbound", "?limit=1", null, string.Empty,
            """[{"id":"681590","from":"491716992343","to":"491771783130","text":"Hi","timestamp":"2024-10-22 11:24:42","price":"0.0000"}]""",
            r => Assert.Equal(("681590", 0m, (string?)null), (r[0].Id, r[0].Price, r[0].ReplyToMessageId))));

        yield return new("Journal.ListReplies", WireCase.Of(
            c => c.Journal.ListRepliesAsync(new JournalListRepliesOptions { To = "49170" }),
            "GET", "/api/journal/replies", "?to=49170", null, string.Empty,
            """[{"id":"12","from":"49170123456","to":"491771783130","text":"Yes","timestamp":"2024-10-22 11:24:42","price":0}]""",
            r => Assert.Equal(0m, r[0].Price)));

        yield return new("Journal.ListVoice", WireCase.Of(
            c => c.Journal.ListVoiceAsync(new JournalListVoiceOptions { State = CallState.Completed }),
            "GET", "/api/journal/voice", "?state=completed", null, string.Empty,
            """
            [{"id":"1038703","from":"4915112345","to":"491716992343","text":"Hello","timestamp":"2024-10-22 11:24:42","price":"0.045","xml":false,"duration":"2","status":"completed","error":null},
             {"id":"1038704","from":"4915112345","to":"491716992343","text":"Hello","timestamp":"2024-10-22 11:24:42","price":null,"xml":false,"duration":null,"status":"","error":"No answer"}]
            """,
            r =>
            {
                Assert.Equal(((decimal?)0.045m, (int?)2, (CallState?)CallState.Completed), (r[0].Price, r[0].Duration, r[0].Status));

                // D18: an empty status is no status.
                Assert.Equal(((decimal?)null, (int?)null, (CallState?)null, "No answer"), (r[1].Price, r[1].Duration, r[1].Status, r[1].Error));
            }));

        yield return new("Pricing.Get", WireCase.Of(
            c => c.Pricing.GetAsync(country: "de"),
            "GET", "/api/pricing", "?country=de", null, string.Empty,
            """
            {"countCountries":1,"countNetworks":2,"countries":[{"countryCode":"DE","countryName":"Germany","countryPrefix":"49","networks":[
              {"mcc":"262","mncs":["01","06"],"networkName":"Telekom","price":0.075,"features":["alpha","dlr"],"comment":null},
              {"mcc":"262","mncs":null,"networkName":null,"price":0.075,"features":[],"comment":null}]}]}
            """,
            r =>
            {
                var networks = Assert.Single(r.Countries).Networks;
                Assert.Equal(["01", "06"], networks[0].Mncs);
                Assert.Equal(("Telekom", 0.075m), (networks[0].NetworkName, networks[0].Price));
                Assert.Equal((0, (string?)null), (networks[1].Mncs.Count, networks[1].NetworkName));
            }));

        yield return new("Pricing.GetCsv", WireCase.Of(
            c => c.Pricing.GetCsvAsync(country: "de"),
            "GET", "/api/pricing", "?country=de&format=csv", null, string.Empty,
            "\"\\\"countryCode\\\";\\\"price\\\"\\n\\\"DE\\\";\\\"0.075\\\"\\n\"",
            r => Assert.Equal("\"countryCode\";\"price\"\n\"DE\";\"0.075\"\n", r)));

        yield return new("Subaccounts.List", WireCase.Of(
            c => c.Subaccounts.ListAsync(id: 941955),
            "GET", "/api/subaccounts/list", "?id=941955", null, string.Empty,
            "[" + SubaccountAnswer + "]",
            r => AssertSubaccount(Assert.Single(r))));

        yield return new("Subaccounts.Create", WireCase.Of(
            c => c.Subaccounts.CreateAsync("Tim Testerson", "tim@acme.inc"),
            "POST", "/api/subaccounts/create", string.Empty, WireCase.Form, "name=Tim+Testerson&email=tim%40acme.inc",
            """{"success":true,"error":null,"subaccount":""" + SubaccountAnswer + "}",
            r => AssertSubaccount(r.Subaccount!)));

        yield return new("Subaccounts.UpdateAutoTopUp", WireCase.Of(
            c => c.Subaccounts.UpdateAutoTopUpAsync(941955, 10m, 25.5m),
            "POST", "/api/subaccounts/update", string.Empty, WireCase.Form, "id=941955&threshold=10&amount=25.5",
            """{"success":true,"error":null}""",
            r => Assert.True(r.Success)));

        yield return new("Subaccounts.TransferCredits", WireCase.Of(
            c => c.Subaccounts.TransferCreditsAsync(941955, 12.5m),
            "POST", "/api/subaccounts/transfer_credits", string.Empty, WireCase.Form, "id=941955&amount=12.5",
            """{"success":true,"error":null}""",
            r => Assert.True(r.Success)));

        yield return new("Subaccounts.Delete", WireCase.Of(
            c => c.Subaccounts.DeleteAsync(941955),
            "POST", "/api/subaccounts/delete", string.Empty, WireCase.Form, "id=941955",
            """{"success":true,"error":null}""",
            r => Assert.True(r.Success)));
    }

    private static void AssertSubaccount(Subaccount subaccount)
    {
        // D38: numbers on the wire where the published schema says strings.
        Assert.Equal((941955L, (string?)null, string.Empty, (decimal?)2m, (decimal?)0m), (subaccount.Id, subaccount.Username, subaccount.Company, subaccount.Balance, subaccount.TotalUsage));
        Assert.Equal(((decimal?)null, (decimal?)null), (subaccount.AutoTopUp!.Amount, subaccount.AutoTopUp.Threshold));
        Assert.Equal(("Tim", "tim@acme.inc"), (subaccount.Contact!.Name, subaccount.Contact.Email));
    }
}
