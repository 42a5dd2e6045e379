using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace SevenIo.Benchmarks.Client;

/// <summary>
/// What a careful developer writes by hand: HttpRequestMessage, FormUrlEncodedContent and a
/// System.Text.Json source-generated context. The baseline the generated client is measured against.
/// It sends the headers the generated client sends: the key, <c>Accept: application/json</c> (without
/// it the gateway answers some calls in plain text) and a <c>User-Agent</c> that names the client.
/// </summary>
public sealed class HandWritten(HttpClient httpClient, string apiKey)
{
    private const string UserAgent = "acme-seven/1.0";
    private static readonly Uri Hooks = new("https://gateway.seven.io/api/hooks");
    private static readonly Uri Sms = new("https://gateway.seven.io/api/sms");

    public async Task<IReadOnlyList<HookDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Hooks);
        AddHeaders(request);
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var list = await response.Content.ReadFromJsonAsync(HandJsonContext.Default.HookListDto, cancellationToken).ConfigureAwait(false);
        return list!.Hooks;
    }

    public Task<ResultDto> CreateAsync(string targetUrl, string eventType, string? requestMethod, CancellationToken cancellationToken = default)
    {
        var form = new List<KeyValuePair<string, string>>(3) { new("target_url", targetUrl), new("event_type", eventType) };
        if (requestMethod is not null)
        {
            form.Add(new("request_method", requestMethod));
        }

        return SendFormAsync(HttpMethod.Post, form, cancellationToken);
    }

    public async Task<DispatchDto> SendSmsAsync(string to, string text, string? from, string? label, CancellationToken cancellationToken = default)
    {
        var form = new List<KeyValuePair<string, string>>(4) { new("to", to), new("text", text) };
        if (from is not null)
        {
            form.Add(new("from", from));
        }

        if (label is not null)
        {
            form.Add(new("label", label));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Sms) { Content = new FormUrlEncodedContent(form) };
        AddHeaders(request);
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync(HandJsonContext.Default.DispatchDto, cancellationToken).ConfigureAwait(false);
        return result!.Success is "100" or "101" ? result : throw new InvalidOperationException("Return code " + result.Success);
    }

    public Task<ResultDto> DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        SendFormAsync(HttpMethod.Delete, [new("id", id.ToString(CultureInfo.InvariantCulture))], cancellationToken);

    private void AddHeaders(HttpRequestMessage request)
    {
        request.Headers.Add("X-Api-Key", apiKey);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
    }

    private async Task<ResultDto> SendFormAsync(HttpMethod method, List<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, Hooks) { Content = new FormUrlEncodedContent(form) };
        AddHeaders(request);
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync(HandJsonContext.Default.ResultDto, cancellationToken).ConfigureAwait(false);
        return result!.Success ? result : throw new InvalidOperationException(result.ErrorMessage);
    }
}

public sealed class HookListDto
{
    [JsonPropertyName("success")]
    public bool Success { get; set; }

    [JsonPropertyName("hooks")]
    public List<HookDto> Hooks { get; set; } = [];
}

public sealed class HookDto
{
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long Id { get; set; }

    [JsonPropertyName("target_url")]
    public string TargetUrl { get; set; } = string.Empty;

    [JsonPropertyName("headers")]
    public string? Headers { get; set; }

    [JsonPropertyName("event_type")]
    public string EventType { get; set; } = string.Empty;

    [JsonPropertyName("event_filter")]
    public string? EventFilter { get; set; }

    [JsonPropertyName("request_method")]
    public string RequestMethod { get; set; } = string.Empty;

    [JsonPropertyName("enabled")]
    public bool Enabled { get; set; }

    [JsonPropertyName("created")]
    [JsonConverter(typeof(GatewayDateTimeConverter))]
    public DateTime Created { get; set; }
}

public sealed class ResultDto
{
    [JsonPropertyName("success")]
    public bool Success { get; set; }

    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long? Id { get; set; }

    [JsonPropertyName("error_message")]
    public string? ErrorMessage { get; set; }
}

public sealed class DispatchDto
{
    [JsonPropertyName("success")]
    public string Success { get; set; } = string.Empty;

    [JsonPropertyName("total_price")]
    public decimal? TotalPrice { get; set; }

    [JsonPropertyName("balance")]
    public decimal? Balance { get; set; }

    [JsonPropertyName("messages")]
    public List<DispatchMessageDto> Messages { get; set; } = [];
}

public sealed class DispatchMessageDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("recipient")]
    public string? Recipient { get; set; }

    [JsonPropertyName("price")]
    public decimal? Price { get; set; }

    [JsonPropertyName("success")]
    public bool Success { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }
}

/// <summary>The gateway's <c>yyyy-MM-dd HH:mm:ss</c>, which System.Text.Json does not read by itself.</summary>
public sealed class GatewayDateTimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTime.ParseExact(reader.GetString()!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
}

[JsonSerializable(typeof(HookListDto))]
[JsonSerializable(typeof(ResultDto))]
[JsonSerializable(typeof(DispatchDto))]
[JsonSerializable(typeof(List<HookDto>))]
public sealed partial class HandJsonContext : JsonSerializerContext;
