using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Web;

namespace SevenIo.Benchmarks.Webhooks;

/// <summary>
/// What a careful user writes by hand for one event type: the documented HMAC check with the 30 s
/// window and a constant-time comparison, then System.Text.Json's source-generated reader for a
/// JSON body (the envelope, then its data by event type) or <see cref="HttpUtility"/> for a form.
/// No nonce store, no flat layout, no other events: less than the generated path does.
/// </summary>
public static class HandWrittenReceiver
{
    public static bool Verify(byte[] signingKey, string method, string url, ReadOnlySpan<byte> body, string signature, string timestamp, string nonce, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age > TimeSpan.FromSeconds(30) || age < TimeSpan.FromSeconds(-5))
        {
            return false;
        }

#pragma warning disable CA5351 // MD5 is what the gateway signs over.
        var toSign = $"{timestamp}\n{nonce}\n{method}\n{url}\n{Convert.ToHexStringLower(MD5.HashData(body))}";
#pragma warning restore CA5351
        var expected = HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(toSign));
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public static InboundSmsDto? ReadJson(byte[] body)
    {
        var envelope = JsonSerializer.Deserialize(body, HandWebhookJsonContext.Default.EnvelopeDto)!;
        return envelope.Event == "sms_mo" ? envelope.Data.Deserialize(HandWebhookJsonContext.Default.InboundSmsDto) : null;
    }

    public static InboundSmsDto? ReadForm(byte[] body)
    {
        var form = HttpUtility.ParseQueryString(Encoding.UTF8.GetString(body));
        return form["webhook_event"] != "sms_mo" ? null : new InboundSmsDto
        {
            Id = form["data[id]"],
            Sender = form["data[sender]"],
            System = form["data[system]"],
            Text = form["data[text]"],
            Time = form["data[time]"] is { } time ? long.Parse(time, CultureInfo.InvariantCulture) : null,
            MessageType = form["data[message_type]"],
        };
    }
}

public sealed class EnvelopeDto
{
    [JsonPropertyName("webhook_event")]
    public string? Event { get; set; }

    [JsonPropertyName("webhook_timestamp")]
    public string? Timestamp { get; set; }

    [JsonPropertyName("data")]
    public JsonElement Data { get; set; }
}

public sealed class InboundSmsDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("sender")]
    public string? Sender { get; set; }

    [JsonPropertyName("system")]
    public string? System { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("time")]
    public long? Time { get; set; }

    [JsonPropertyName("message_type")]
    public string? MessageType { get; set; }
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(EnvelopeDto))]
[JsonSerializable(typeof(InboundSmsDto))]
public sealed partial class HandWebhookJsonContext : JsonSerializerContext;
