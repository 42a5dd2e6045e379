using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SevenIo.GatewayEmulator;

/// <summary>
/// Inbound numbers: two can be booked; a booked one carries the recorded shape (forwarding numbers
/// as an array though the published schema says a string, no Slack member, <c>expires</c> null: D25).
/// </summary>
public sealed partial class EmulatedGateway
{
    private static readonly string[] Available = ["4916096754993", "4915735985669"];

    private readonly Lock _numbersGate = new();
    private readonly Dictionary<string, StoredNumber> _numbers = new(StringComparer.Ordinal);

    private void AddNumbers()
    {
        Route("GET", "/api/numbers/available", (context, _, p) => Answer.JsonAsync(context, writer => WriteAvailable(writer, p)));
        Route("POST", "/api/numbers/order", OrderNumberAsync);
        Route("GET", "/api/numbers/active", (context, _, _) => Answer.JsonAsync(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activeNumbers");
            foreach (var number in BookedNumbers())
            {
                WriteActive(writer, number);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
        Route("GET", "/api/numbers/active/(?<number>[0-9]+)", (context, m, _) =>
            BookedNumber(m.Groups["number"].Value) is { } number ? Answer.JsonAsync(context, writer => WriteActive(writer, number)) : Answer.RefusedAsync(context, "Number not found"));
        Route("PATCH", "/api/numbers/active/(?<number>[0-9]+)", UpdateNumberAsync);
        Route("DELETE", "/api/numbers/active/(?<number>[0-9]+)", (context, m, _) =>
        {
            lock (_numbersGate)
            {
                return _numbers.Remove(m.Groups["number"].Value) ? Answer.SuccessAsync(context) : Answer.RefusedAsync(context, "Number not found");
            }
        });
    }

    private List<StoredNumber> BookedNumbers()
    {
        lock (_numbersGate)
        {
            return [.. _numbers.Values];
        }
    }

    private StoredNumber? BookedNumber(string number)
    {
        lock (_numbersGate)
        {
            return _numbers.GetValueOrDefault(number);
        }
    }

    private Task OrderNumberAsync(HttpContext context, System.Text.RegularExpressions.Match match, Parameters parameters)
    {
        var number = parameters["number"];
        if (number is null || !Available.Contains(number))
        {
            return Answer.RefusedAsync(context, "Number not available");
        }

        lock (_numbersGate)
        {
            _numbers[number] = new StoredNumber(number, parameters["payment_interval"] ?? "annually", DateTime.Now);
        }

        return Answer.SuccessAsync(context);
    }

    private Task UpdateNumberAsync(HttpContext context, System.Text.RegularExpressions.Match match, Parameters parameters)
    {
        var number = BookedNumber(match.Groups["number"].Value);
        if (number is null)
        {
            return Answer.RefusedAsync(context, "Number not found");
        }

        lock (_numbersGate)
        {
            number.FriendlyName = parameters["friendly_name"] ?? number.FriendlyName;
            number.SmsForward = parameters.List("sms_forward") is { Count: > 0 } sms ? [.. sms] : number.SmsForward;
            number.EmailForward = parameters.List("email_forward") is { Count: > 0 } email ? [.. email] : number.EmailForward;
        }

        return Answer.JsonAsync(context, writer => WriteActive(writer, number));
    }

    private static void WriteAvailable(Utf8JsonWriter writer, Parameters parameters)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("availableNumbers");
        foreach (var number in Available)
        {
            writer.WriteStartObject();
            writer.WriteString("country", (parameters["country"] ?? "DE").ToUpperInvariant());
            writer.WriteString("number", number);
            writer.WriteString("number_parsed", $"+{number[..2]} {number[2..5]} {number[5..]}");
            writer.WriteStartObject("fees");
            writer.WriteStartObject("monthly");
            writer.WriteNumber("setup", 0);
            writer.WriteNumber("basic_charge", 0.5m);
            writer.WriteEndObject();
            writer.WriteStartObject("annually");
            writer.WriteNumber("setup", 9.9m);
            writer.WriteNumber("basic_charge", 238.8m);
            writer.WriteEndObject();
            writer.WriteNumber("sms_mo", 0);
            writer.WriteNumber("voice_mo", 0.01m);
            writer.WriteEndObject();
            WriteFeatures(writer);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteActive(Utf8JsonWriter writer, StoredNumber number)
    {
        writer.WriteStartObject();
        writer.WriteString("country", "DE");
        writer.WriteString("number", number.Number);
        writer.WriteString("friendly_name", number.FriendlyName);
        writer.WriteStartObject("billing");
        writer.WriteStartObject("fees");
        writer.WriteNumber("setup", 0);
        writer.WriteNumber("basic_charge", 0.5m);
        writer.WriteNumber("sms_mo", 0);
        writer.WriteNumber("voice_mo", 0);
        writer.WriteEndObject();
        writer.WriteString("payment_interval", number.PaymentInterval);
        writer.WriteEndObject();
        WriteFeatures(writer);
        writer.WriteStartObject("forward_sms_mo");
        writer.WriteStartObject("sms");
        writer.WriteStartArray("number");
        number.SmsForward.ForEach(writer.WriteStringValue);
        writer.WriteEndArray();
        writer.WriteBoolean("enabled", number.SmsForward.Count > 0);
        writer.WriteEndObject();
        writer.WriteStartObject("email");
        writer.WriteStartArray("address");
        number.EmailForward.ForEach(writer.WriteStringValue);
        writer.WriteEndArray();
        writer.WriteBoolean("enabled", number.EmailForward.Count > 0);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteNull("expires");
        writer.WriteString("created", Answer.Time(number.Created));
        writer.WriteEndObject();
    }

    private static void WriteFeatures(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("features");
        writer.WriteBoolean("sms", true);
        writer.WriteBoolean("a2p_sms", true);
        writer.WriteBoolean("voice", false);
        writer.WriteEndObject();
    }

    private sealed class StoredNumber(string number, string paymentInterval, DateTime created)
    {
        public string Number { get; } = number;

        public string PaymentInterval { get; } = paymentInterval;

        public DateTime Created { get; } = created;

        public string FriendlyName { get; set; } = string.Empty;

        public List<string> SmsForward { get; set; } = [];

        public List<string> EmailForward { get; set; } = [];
    }
}
