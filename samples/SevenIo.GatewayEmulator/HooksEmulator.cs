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
/// Plays the gateway's <c>/api/hooks</c> endpoints as the reference describes them, keeping the
/// webhooks in memory: ids as JSON strings in the list and as numbers elsewhere, <c>created</c> as
/// <c>yyyy-MM-dd HH:mm:ss</c>, a bare <c>900</c> for a wrong API key, and
/// <c>"success": false</c> with a code and message for requests it refuses.
/// </summary>
public sealed class HooksEmulator : IAsyncDisposable
{
    /// <summary>The event types the gateway accepts.</summary>
    public static readonly IReadOnlySet<string> EventTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "all", "rcs", "sms_mo", "dlr", "voice_call", "voice_status", "voice_dtmf", "tracking",
    };

    private static readonly HashSet<string> RequestMethods = new HashSet<string>(StringComparer.Ordinal) { "POST", "GET", "JSON" };

    private readonly Lock _gate = new();
    private readonly List<StoredHook> _hooks = new();
    private readonly string _apiKey;
    private long _nextId = 410;
    private LoopbackServer? _server;

    private HooksEmulator(string apiKey)
    {
        _apiKey = apiKey;
    }

    /// <summary>Where the emulator listens.</summary>
    public Uri BaseAddress => _server!.BaseAddress;

    /// <summary>Every request received so far.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _server!.Requests;

    /// <summary>Starts an emulator that accepts <paramref name="apiKey"/>.</summary>
    /// <param name="apiKey">The one key it accepts.</param>
    /// <returns>The running emulator.</returns>
    public static async Task<HooksEmulator> StartAsync(string apiKey)
    {
        var emulator = new HooksEmulator(apiKey);
        emulator._server = await LoopbackServer.StartAsync(emulator.HandleAsync).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Stops the emulator.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers["X-Api-Key"] != _apiKey)
        {
            await WriteAsync(context, 200, writer => writer.WriteNumberValue(900)).ConfigureAwait(false);
            return;
        }

        if (request.Path != "/api/hooks")
        {
            context.Response.StatusCode = 404;
            return;
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync().ConfigureAwait(false) : null;
        string? Parameter(string name) => form is not null && form.TryGetValue(name, out var value) ? value.ToString() : null;

        switch (request.Method)
        {
            case "GET":
                await WriteAsync(context, 200, List).ConfigureAwait(false);
                break;
            case "POST":
                await WriteAsync(context, 200, writer => Create(writer, Parameter)).ConfigureAwait(false);
                break;
            case "DELETE":
                await WriteAsync(context, 200, writer => Delete(writer, Parameter)).ConfigureAwait(false);
                break;
            default:
                context.Response.StatusCode = 405;
                break;
        }
    }

    private void List(Utf8JsonWriter writer)
    {
        StoredHook[] hooks;
        lock (_gate)
        {
            hooks = _hooks.ToArray();
        }

        writer.WriteStartObject();
        writer.WriteBoolean("success", true);
        writer.WriteNull("code");
        writer.WriteStartArray("hooks");
        foreach (var hook in hooks)
        {
            writer.WriteStartObject();
            writer.WriteString("id", hook.Id.ToString(CultureInfo.InvariantCulture));
            writer.WriteString("target_url", hook.TargetUrl);
            if (hook.Headers.Length > 0)
            {
                // The real gateway leaves "headers" out when a hook has none.
                writer.WriteString("headers", hook.Headers);
            }

            writer.WriteString("event_type", hook.EventType);
            if (hook.EventFilter is null)
            {
                writer.WriteNull("event_filter");
            }
            else
            {
                writer.WriteString("event_filter", hook.EventFilter);
            }

            writer.WriteString("request_method", hook.RequestMethod);
            writer.WriteBoolean("enabled", true);
            writer.WriteString("created", hook.Created.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void Create(Utf8JsonWriter writer, Func<string, string?> parameter)
    {
        var targetUrl = parameter("target_url");
        var eventType = parameter("event_type");
        var requestMethod = parameter("request_method") ?? "POST";
        if (string.IsNullOrEmpty(targetUrl) || !Uri.TryCreate(targetUrl, UriKind.Absolute, out _))
        {
            Failure(writer, "target_url", "The target_url is missing or not a URL.");
            return;
        }

        if (eventType is null || !EventTypes.Contains(eventType) || !RequestMethods.Contains(requestMethod))
        {
            Failure(writer, "event_type", "Unknown event_type or request_method.");
            return;
        }

        long id;
        lock (_gate)
        {
            id = _nextId++;
            var created = DateTime.Now;
            _hooks.Add(new StoredHook(id, targetUrl, parameter("headers") ?? string.Empty, eventType, parameter("event_filter"), requestMethod, created));
        }

        Success(writer, id);
    }

    private void Delete(Utf8JsonWriter writer, Func<string, string?> parameter)
    {
        StoredHook? hook;
        lock (_gate)
        {
            var idText = parameter("id");
            if (idText is not null)
            {
                hook = long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? _hooks.FirstOrDefault(h => h.Id == id)
                    : null;
            }
            else
            {
                var requestMethod = parameter("request_method") ?? "POST";
                hook = _hooks.FirstOrDefault(h =>
                    h.TargetUrl == parameter("target_url") && h.EventType == parameter("event_type") && h.RequestMethod == requestMethod);
            }

            if (hook is not null)
            {
                _hooks.Remove(hook);
            }
        }

        if (hook is null)
        {
            Failure(writer, "not_found", "No webhook matches the given parameters.");
            return;
        }

        Success(writer, hook.Id);
    }

    private static void Success(Utf8JsonWriter writer, long id)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("success", true);
        writer.WriteNull("code");
        writer.WriteNumber("id", id);
        writer.WriteNull("error_message");
        writer.WriteEndObject();
    }

    private static void Failure(Utf8JsonWriter writer, string code, string message)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("success", false);
        writer.WriteString("code", code);
        writer.WriteNull("id");
        writer.WriteString("error_message", message);
        writer.WriteEndObject();
    }

    private static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
    }

    private sealed record StoredHook(long Id, string TargetUrl, string Headers, string EventType, string? EventFilter, string RequestMethod, DateTime Created);
}
