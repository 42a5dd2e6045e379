using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;

namespace SevenIo.GatewayEmulator;

/// <summary>
/// <c>/api/hooks</c>: ids as JSON strings in the list and numbers elsewhere, <c>created</c> as
/// <c>yyyy-MM-dd HH:mm:ss</c>, <c>headers</c> left out of the list (as the real gateway does), and
/// <c>"success": false</c> with a message for requests it refuses.
/// </summary>
public sealed partial class EmulatedGateway
{
    /// <summary>The event types the gateway accepts.</summary>
    public static readonly IReadOnlySet<string> EventTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "all", "rcs", "sms_mo", "dlr", "voice_call", "voice_status", "voice_dtmf", "tracking",
    };

    private static readonly HashSet<string> RequestMethods = new(StringComparer.Ordinal) { "POST", "GET", "JSON" };

    private readonly Lock _hooksGate = new();
    private readonly List<StoredHook> _hooks = [];
    private long _nextHookId = 410;

    private void AddHooks()
    {
        Route("GET", "/api/hooks", (context, _, _) => Answer.JsonAsync(context, ListHooks));
        Route("POST", "/api/hooks", (context, _, parameters) => Answer.JsonAsync(context, writer => CreateHook(writer, parameters)));
        Route("DELETE", "/api/hooks", (context, _, parameters) => Answer.JsonAsync(context, writer => DeleteHook(writer, parameters)));
    }

    private void ListHooks(Utf8JsonWriter writer)
    {
        StoredHook[] hooks;
        lock (_hooksGate)
        {
            hooks = [.. _hooks];
        }

        writer.WriteStartObject();
        writer.WriteBoolean("success", true);
        writer.WriteNull("code");
        writer.WriteStartArray("hooks");
        foreach (var hook in hooks)
        {
            writer.WriteStartObject();
            writer.WriteString("id", Answer.Number(hook.Id));
            writer.WriteString("target_url", hook.TargetUrl);
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
            writer.WriteString("created", Answer.Time(hook.Created));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void CreateHook(Utf8JsonWriter writer, Parameters parameters)
    {
        var targetUrl = parameters["target_url"];
        var eventType = parameters["event_type"];
        var requestMethod = parameters["request_method"] ?? "POST";
        if (string.IsNullOrEmpty(targetUrl) || !Uri.TryCreate(targetUrl, UriKind.Absolute, out _))
        {
            HookFailure(writer, "Invalid URL");
            return;
        }

        if (eventType is null || !EventTypes.Contains(eventType) || !RequestMethods.Contains(requestMethod))
        {
            HookFailure(writer, "Unknown event_type or request_method.");
            return;
        }

        long id;
        lock (_hooksGate)
        {
            id = _nextHookId++;
            _hooks.Add(new StoredHook(id, targetUrl, parameters["headers"] ?? string.Empty, eventType, parameters["event_filter"], requestMethod, DateTime.Now));
        }

        HookSuccess(writer, id);
    }

    private void DeleteHook(Utf8JsonWriter writer, Parameters parameters)
    {
        StoredHook? hook;
        lock (_hooksGate)
        {
            if (parameters["id"] is { } idText)
            {
                hook = long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? _hooks.FirstOrDefault(h => h.Id == id) : null;
            }
            else
            {
                var requestMethod = parameters["request_method"] ?? "POST";
                hook = _hooks.FirstOrDefault(h => h.TargetUrl == parameters["target_url"] && h.EventType == parameters["event_type"] && h.RequestMethod == requestMethod);
            }

            if (hook is not null)
            {
                _hooks.Remove(hook);
            }
        }

        if (hook is null)
        {
            HookFailure(writer, "No webhook matches the given parameters.");
            return;
        }

        HookSuccess(writer, hook.Id);
    }

    private static void HookSuccess(Utf8JsonWriter writer, long id)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("success", true);
        writer.WriteNull("code");
        writer.WriteNumber("id", id);
        writer.WriteNull("error_message");
        writer.WriteEndObject();
    }

    /// <summary>The gateway's refusal of a hooks request (F3): no id, a null code, a message.</summary>
    private static void HookFailure(Utf8JsonWriter writer, string message)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("success", false);
        writer.WriteNull("code");
        writer.WriteString("error_message", message);
        writer.WriteEndObject();
    }

    private sealed record StoredHook(long Id, string TargetUrl, string Headers, string EventType, string? EventFilter, string RequestMethod, DateTime Created);
}
