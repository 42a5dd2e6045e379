using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SevenIo.GatewayEmulator;

/// <summary>
/// Analytics, balance, journals, pricing and subaccounts, shaped like the recordings: journal prices
/// as strings except the replies' integer 0 (D17), nullable delivery fields (D16, D18), the balance
/// as text without an Accept header (D3), the CSV price list inside a JSON string (D27), subaccount
/// amounts as numbers (D38), and subaccount refusals as <c>{"success": false, "error": ...}</c> (F4).
/// </summary>
public sealed partial class EmulatedGateway
{
    private readonly Lock _subaccountsGate = new();
    private readonly List<StoredSubaccount> _subaccounts = [];
    private long _nextSubaccountId = 941955;

    private void AddAccount()
    {
        foreach (var key in new[] { "country", "date", "label", "subaccount" })
        {
            Route("GET", "/api/analytics/" + key, (context, _, p) => Answer.JsonAsync(context, writer => WriteAnalytics(writer, key == "subaccount" ? "account" : key, p)));
        }

        Route("GET", "/api/balance", BalanceAsync);
        foreach (var kind in new[] { "outbound", "inbound", "replies", "voice" })
        {
            Route("GET", "/api/journal/" + kind, (context, _, p) => Answer.JsonAsync(context, writer => WriteJournal(writer, kind, p)));
        }

        Route("GET", "/api/pricing", PricingAsync);
        Route("GET", "/api/subaccounts/list", (context, _, p) => Answer.JsonAsync(context, writer => WriteSubaccounts(writer, p["id"])));
        Route("POST", "/api/subaccounts/create", CreateSubaccountAsync);
        Route("POST", "/api/subaccounts/update", (context, _, p) => UpdateSubaccountAsync(context, p, s => s.AutoTopUp = (Decimal(p["amount"]), Decimal(p["threshold"]))));
        Route("POST", "/api/subaccounts/transfer_credits", (context, _, p) => Decimal(p["amount"]) is > 0 and var amount
            ? UpdateSubaccountAsync(context, p, s => s.Balance += amount)
            : Answer.RefusedAsync(context, "Invalid amount"));
        Route("POST", "/api/subaccounts/delete", (context, _, p) => UpdateSubaccountAsync(context, p, s =>
        {
            lock (_subaccountsGate)
            {
                _subaccounts.Remove(s);
            }
        }));
    }

    private static void WriteAnalytics(Utf8JsonWriter writer, string key, Parameters parameters)
    {
        var start = DateTime.TryParseExact(parameters["start"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var s) ? s : new DateTime(2024, 10, 8);
        var end = DateTime.TryParseExact(parameters["end"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var e) ? e : start.AddDays(2);
        writer.WriteStartArray();
        for (var day = start; day <= end && (key == "date" || day == start); day = day.AddDays(1))
        {
            writer.WriteStartObject();
            writer.WriteString(key, key switch { "date" => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "country" => "DE", "account" => "accName", _ => string.Empty });
            writer.WriteNumber("sms", 3);
            writer.WriteNumber("rcs", 0);
            writer.WriteNumber("voice", 1);
            writer.WriteNumber("hlr", 0);
            writer.WriteNumber("mnp", 0);
            writer.WriteNumber("inbound", 2);

            // Whole amounts come without a fraction.
            writer.WriteNumber("usage_eur", day == start ? 1 : 0.325m);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static Task BalanceAsync(HttpContext context, System.Text.RegularExpressions.Match match, Parameters parameters) =>
        context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal)
            ? Answer.JsonAsync(context, writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("amount", 31.11m);
                writer.WriteString("currency", "EUR");
                writer.WriteEndObject();
            })
            : Answer.TextAsync(context, "31.11");

    /// <summary>How many entries each journal holds: more than two full pages of 100.</summary>
    public const int JournalLength = 250;

    /// <summary>A bare array of the entries from <c>offset</c> on, at most <c>limit</c> of them (1 to 100; 100 when none is asked), as the gateway pages its journals.</summary>
    private static void WriteJournal(Utf8JsonWriter writer, string kind, Parameters parameters)
    {
        var limit = int.TryParse(parameters["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, 100) : 100;
        var offset = int.TryParse(parameters["offset"], NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? Math.Min(o, JournalLength) : 0;
        writer.WriteStartArray();
        for (var n = offset; n < Math.Min(offset + limit, JournalLength); n++)
        {
            var i = n % 3;
            writer.WriteStartObject();
            writer.WriteString("id", Answer.Number(77252877851 - n));
            writer.WriteString("from", kind == "outbound" ? "seven.io" : "491716992343");
            writer.WriteString("to", parameters["to"] ?? "49179999999999");
            writer.WriteString("text", "Hello " + n.ToString(CultureInfo.InvariantCulture));
            writer.WriteString("timestamp", kind == "outbound" ? "2024-10-22 11:24:42.123" : "2024-10-22 11:24:42");
            switch (kind)
            {
                case "replies":
                    writer.WriteNumber("price", 0);
                    break;
                case "voice":
                    if (i == 1)
                    {
                        writer.WriteNull("price");
                        writer.WriteBoolean("xml", false);
                        writer.WriteNull("duration");
                        writer.WriteString("status", string.Empty);
                        writer.WriteNull("error");
                    }
                    else
                    {
                        writer.WriteString("price", "0.045");
                        writer.WriteBoolean("xml", false);
                        writer.WriteString("duration", "2");
                        writer.WriteString("status", "completed");
                        writer.WriteNull("error");
                    }

                    break;
                case "inbound":
                    writer.WriteString("price", "0.0000");
                    break;
                default:
                    writer.WriteString("price", "0.0750");
                    writer.WriteString("channel", "SMS");
                    WriteNullable(writer, "dlr", i == 1 ? null : "DELIVERED");
                    WriteNullable(writer, "dlr_timestamp", i == 1 ? null : "2024-10-22 11:24:45.321");
                    WriteNullable(writer, "mccmnc", i == 1 ? null : "26201");
                    WriteNullable(writer, "latency", i == 1 ? null : "3.1980");
                    writer.WriteNull("label");
                    writer.WriteNull("foreign_id");
                    writer.WriteString("type", "direct");
                    writer.WriteString("connection", "http");
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static Task PricingAsync(HttpContext context, System.Text.RegularExpressions.Match match, Parameters parameters)
    {
        var country = (parameters["country"] ?? "DE").ToUpperInvariant();
        if (parameters["format"] == "csv")
        {
            // Since 2024 the CSV comes inside a JSON string, labelled application/json.
            const string csv = "\"countryCode\";\"countryName\";\"countryPrefix\";\"mcc\";\"mnc\";\"networkName\";\"comment\";\"price\"\n";
            var row = $"\"{country}\";\"Germany\";\"49\";\"262\";\"01, 06\";\"Telekom\";\"\";\"0.075\"\n";
            return Answer.JsonAsync(context, writer => writer.WriteStringValue(csv + row));
        }

        return Answer.JsonAsync(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("countCountries", 1);
            writer.WriteNumber("countNetworks", 2);
            writer.WriteStartArray("countries");
            writer.WriteStartObject();
            writer.WriteString("countryCode", country);
            writer.WriteString("countryName", "Germany");
            writer.WriteString("countryPrefix", "49");
            writer.WriteStartArray("networks");
            writer.WriteStartObject();
            writer.WriteString("mcc", "262");
            writer.WriteStartArray("mncs");
            writer.WriteStringValue("01");
            writer.WriteStringValue("06");
            writer.WriteEndArray();
            writer.WriteString("networkName", "Telekom");
            writer.WriteNumber("price", 0.075m);
            writer.WriteStartArray("features");
            writer.WriteEndArray();
            writer.WriteNull("comment");
            writer.WriteEndObject();
            writer.WriteStartObject();
            writer.WriteString("mcc", "262");
            writer.WriteNull("mncs");
            writer.WriteNull("networkName");
            writer.WriteNumber("price", 0.075m);
            writer.WriteStartArray("features");
            writer.WriteEndArray();
            writer.WriteNull("comment");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private Task CreateSubaccountAsync(HttpContext context, System.Text.RegularExpressions.Match match, Parameters parameters)
    {
        var email = parameters["email"];
        if (parameters["name"] is not { Length: > 0 } name || email is null || !email.Contains('@', StringComparison.Ordinal))
        {
            return Answer.RefusedAsync(context, "Please enter a valid email address for the subaccount.");
        }

        StoredSubaccount created;
        lock (_subaccountsGate)
        {
            created = new StoredSubaccount(_nextSubaccountId++, name, email);
            _subaccounts.Add(created);
        }

        return Answer.JsonAsync(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", true);
            writer.WriteNull("error");
            writer.WritePropertyName("subaccount");
            WriteSubaccount(writer, created);
            writer.WriteEndObject();
        });
    }

    private Task UpdateSubaccountAsync(HttpContext context, Parameters parameters, Action<StoredSubaccount> change)
    {
        StoredSubaccount? subaccount;
        lock (_subaccountsGate)
        {
            subaccount = _subaccounts.FirstOrDefault(s => Answer.Number(s.Id) == parameters["id"]);
            if (subaccount is not null)
            {
                change(subaccount);
            }
        }

        return subaccount is null ? Answer.RefusedAsync(context, "Subaccount not found") : Answer.SuccessAsync(context);
    }

    private void WriteSubaccounts(Utf8JsonWriter writer, string? id)
    {
        List<StoredSubaccount> subaccounts;
        lock (_subaccountsGate)
        {
            subaccounts = [.. _subaccounts.Where(s => id is null || Answer.Number(s.Id) == id)];
        }

        writer.WriteStartArray();
        subaccounts.ForEach(s => WriteSubaccount(writer, s));
        writer.WriteEndArray();
    }

    private static void WriteSubaccount(Utf8JsonWriter writer, StoredSubaccount subaccount)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", subaccount.Id);
        writer.WriteNull("username");
        writer.WriteString("company", string.Empty);
        writer.WriteNumber("balance", subaccount.Balance);
        writer.WriteNumber("total_usage", 0);
        writer.WriteStartObject("auto_topup");
        if (subaccount.AutoTopUp is { } topUp)
        {
            writer.WriteNumber("amount", topUp.Amount ?? 0);
            writer.WriteNumber("threshold", topUp.Threshold ?? 0);
        }
        else
        {
            writer.WriteNull("amount");
            writer.WriteNull("threshold");
        }

        writer.WriteEndObject();
        writer.WriteStartObject("contact");
        writer.WriteString("name", subaccount.Name);
        writer.WriteString("email", subaccount.Email);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static decimal? Decimal(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private sealed class StoredSubaccount(long id, string name, string email)
    {
        public long Id { get; } = id;

        public string Name { get; } = name;

        public string Email { get; } = email;

        public decimal Balance { get; set; }

        public (decimal? Amount, decimal? Threshold)? AutoTopUp { get; set; }
    }
}
