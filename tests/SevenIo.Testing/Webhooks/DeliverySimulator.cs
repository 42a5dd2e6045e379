using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;

namespace SevenIo.Testing.Webhooks;

/// <summary>
/// Sends webhook deliveries the way the reference says the gateway does: the envelope as JSON, as a
/// PHP-style form (values as text, nulls left out, booleans as 1 and 0, nested objects as deeper
/// brackets) or in a GET query; signed with HMAC-SHA256 over timestamp, nonce, method, full URL and
/// the body's MD5.
/// </summary>
public static class DeliverySimulator
{
    /// <summary>A delivery before it is signed.</summary>
    /// <param name="eventName">The <c>webhook_event</c>.</param>
    /// <param name="timestamp">The <c>webhook_timestamp</c>.</param>
    /// <param name="data">The data object as JSON.</param>
    /// <param name="method">How it is delivered.</param>
    /// <param name="endpoint">The hook's target URL.</param>
    /// <returns>The request's method, full URL, content type and body.</returns>
    public static (string Method, string Url, string? ContentType, byte[] Body) Build(string eventName, string timestamp, string data, DeliveryMethod method, string endpoint)
    {
        var dataNode = JsonNode.Parse(data)!.AsObject();
        var envelope = new JsonObject { ["webhook_event"] = eventName, ["webhook_timestamp"] = timestamp };
        switch (method)
        {
            case DeliveryMethod.Json:
                envelope["data"] = dataNode;
                return ("POST", endpoint, "application/json", Encoding.UTF8.GetBytes(envelope.ToJsonString()));
            case DeliveryMethod.JsonFlat:
                Flatten(envelope, dataNode);
                return ("POST", endpoint, "application/json", Encoding.UTF8.GetBytes(envelope.ToJsonString()));
            case DeliveryMethod.FormNested or DeliveryMethod.GetNested:
                envelope["data"] = dataNode;
                break;
            default:
                Flatten(envelope, dataNode);
                break;
        }

        var form = Form(envelope);
        return method is DeliveryMethod.GetNested or DeliveryMethod.GetFlat
            ? ("GET", endpoint + (endpoint.Contains('?', StringComparison.Ordinal) ? "&" : "?") + form, null, Array.Empty<byte>())
            : ("POST", endpoint, "application/x-www-form-urlencoded", Encoding.UTF8.GetBytes(form));
    }

    /// <summary>Signs and wraps a delivery as an HTTP request.</summary>
    /// <param name="delivery">The delivery.</param>
    /// <param name="signingKey">The key to sign with.</param>
    /// <param name="signedAt">The <c>X-Timestamp</c>.</param>
    /// <param name="nonce">The <c>X-Nonce</c>; null for a new random one.</param>
    /// <param name="signedUrl">The URL to sign, when it should differ from the one sent to (a wrong URL).</param>
    /// <returns>The request.</returns>
    public static HttpRequestMessage Sign((string Method, string Url, string? ContentType, byte[] Body) delivery, string signingKey, DateTimeOffset signedAt, string? nonce = null, string? signedUrl = null)
    {
        var timestamp = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        nonce ??= NewNonce();
        var request = new HttpRequestMessage(new HttpMethod(delivery.Method), delivery.Url);
        if (delivery.Method != "GET")
        {
            request.Content = new ByteArrayContent(delivery.Body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", delivery.ContentType);
        }

        request.Headers.Add("X-Timestamp", timestamp);
        request.Headers.Add("X-Nonce", nonce);
        request.Headers.Add("X-Signature", WebhookSignature.Compute(signingKey, timestamp, nonce, delivery.Method, signedUrl ?? delivery.Url, delivery.Body));
        return request;
    }

    /// <summary>32 random letters and digits, as the gateway's nonces are.</summary>
    /// <returns>A nonce.</returns>
    public static string NewNonce() => Guid.NewGuid().ToString("N");

    /// <summary><c>a=1&amp;b[c]=2&amp;b[d][0]=3</c>, as PHP's <c>http_build_query</c> writes it.</summary>
    /// <param name="json">The object.</param>
    /// <returns>The form text.</returns>
    public static string Form(JsonObject json) =>
        string.Join("&", json.SelectMany(member => Fields(Encode(member.Key), member.Value)));

    private static void Flatten(JsonObject envelope, JsonObject data)
    {
        foreach (var member in data.ToList())
        {
            data.Remove(member.Key);
            envelope[member.Key] = member.Value;
        }
    }

    private static IEnumerable<string> Fields(string key, JsonNode? value) => value switch
    {
        null => Enumerable.Empty<string>(),
        JsonObject obj => obj.SelectMany(member => Fields(key + "%5B" + Encode(member.Key) + "%5D", member.Value)),
        JsonArray array => array.SelectMany((item, index) => Fields(key + "%5B" + index.ToString(CultureInfo.InvariantCulture) + "%5D", item)),
        JsonValue scalar when scalar.TryGetValue<bool>(out var flag) => new[] { key + "=" + (flag ? "1" : "0") },
        JsonValue scalar when scalar.TryGetValue<string>(out var text) => new[] { key + "=" + Encode(text) },
        _ => new[] { key + "=" + Encode(value.ToJsonString()) },
    };

    private static string Encode(string text) => Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal);
}
