using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SevenIo.GatewayEmulator;

/// <summary>
/// SMS, status, RCS, voice, caller ID validation and WhatsApp, shaped like the recorded answers: a
/// dispatch's <c>success</c> is the return code <c>"100"</c>, message ids are strings (numbers for
/// voice), an RCS message with an invalid text fails inside a successful answer (F8), deleting SMS
/// that are not scheduled answers <c>"deleted": null</c> (F9), and RCS answers its errors with HTTP
/// 400 and 404 (F5 to F7).
/// </summary>
public sealed partial class EmulatedGateway
{
    private readonly Lock _messagesGate = new();
    private readonly Dictionary<string, bool> _messages = new(StringComparer.Ordinal);
    private long _nextMessageId = 77252877851;

    private void AddMessaging()
    {
        Route("POST", "/api/sms", (context, _, p) => DispatchAsync(context, p, channel: "SMS"));
        Route("DELETE", "/api/sms", DeleteSmsAsync);
        Route("GET", "/api/status", StatusAsync);
        Route("POST", "/api/rcs/messages", (context, _, p) => DispatchAsync(context, p, channel: "RCS"));
        Route("DELETE", "/api/rcs/messages/(?<id>[^/]*)", DeleteScheduledAsync);
        Route("POST", "/api/rcs/events", RcsEventAsync);
        Route("POST", "/api/voice", (context, _, p) => DispatchAsync(context, p, channel: "VOICE"));
        Route("POST", "/api/voice/(?<id>[^/]+)/hangup", (context, _, _) => Answer.SuccessAsync(context));
        Route("POST", "/api/validate_for_voice", ValidateForVoiceAsync);
        Route("POST", "/api/waba/messages", (context, _, p) => DispatchAsync(context, p, channel: "WA"));
        Route("DELETE", "/api/waba/messages/(?<id>[^/]+)", DeleteScheduledAsync);
        Route("POST", "/api/waba/events", (context, _, p) => p["event"] is null ? Answer.RefusedAsync(context, "event is missing") : Answer.SuccessAsync(context));
    }

    private Task DispatchAsync(HttpContext context, Parameters parameters, string channel)
    {
        var recipients = parameters.List("to");
        var text = parameters["text"];
        if (recipients.Count == 0 || (channel != "WA" && string.IsNullOrEmpty(text) && channel != "RCS"))
        {
            // The return code for a missing recipient or text, in place of 100.
            return Answer.JsonAsync(context, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("success", recipients.Count == 0 ? "301" : "305");
                writer.WriteStartArray("messages");
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        }

        var scheduled = parameters["delay"] is not null;
        var price = channel switch { "VOICE" => 0.1m, "WA" => 0.01m, "RCS" => 0m, _ => 0.075m };
        return Answer.JsonAsync(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("success", "100");
            writer.WriteNumber("total_price", price * recipients.Count);
            writer.WriteNumber("balance", 31.035m);
            if (channel == "VOICE")
            {
                writer.WriteBoolean("debug", false);
            }
            else
            {
                writer.WriteString("debug", "false");
                writer.WriteString("sms_type", channel == "WA" ? "WA" : "direct");
            }

            writer.WriteStartArray("messages");
            foreach (var recipient in recipients)
            {
                var id = NextMessageId(scheduled);
                var failed = channel == "RCS" && string.IsNullOrEmpty(text);
                writer.WriteStartObject();
                if (channel == "VOICE")
                {
                    writer.WriteNumber("id", long.Parse(id, CultureInfo.InvariantCulture) % 10_000_000);
                }
                else
                {
                    writer.WriteString("id", id);
                }

                writer.WriteString("sender", parameters["from"] ?? (channel == "RCS" ? "testersinc_3888FC35" : "seven.io"));
                writer.WriteString("recipient", recipient.TrimStart('+'));
                WriteNullable(writer, "text", channel == "RCS" ? null : text);
                if (channel != "VOICE")
                {
                    WriteNullable(writer, "encoding", channel == "SMS" ? "gsm" : null);
                    WriteNullable(writer, "label", parameters["label"]);
                    writer.WriteNumber("parts", 1);
                    writer.WriteNull("udh");
                    if (channel == "SMS")
                    {
                        writer.WriteBoolean("is_binary", false);
                    }
                    else
                    {
                        writer.WriteNull("is_binary");
                        writer.WriteString("channel", channel);
                    }
                }

                writer.WriteNumber("price", failed ? 0 : price);
                writer.WriteBoolean("success", !failed);
                if (failed)
                {
                    // The one recorded message-level failure: a number, with a German explanation (D31).
                    writer.WriteNumber("error", 305);
                    writer.WriteString("error_text", "SMS Text ungültig");
                }
                else
                {
                    writer.WriteNull("error");
                    writer.WriteNull("error_text");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private Task DeleteSmsAsync(HttpContext context, System.Text.RegularExpressions.Match match, Parameters parameters)
    {
        var deleted = new List<string>();
        lock (_messagesGate)
        {
            foreach (var id in parameters.List("ids"))
            {
                if (_messages.TryGetValue(id, out var scheduled) && scheduled)
                {
                    _messages.Remove(id);
                    deleted.Add(id);
                }
            }
        }

        return Answer.JsonAsync(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success", deleted.Count > 0);
            if (deleted.Count == 0)
            {
                writer.WriteNull("deleted");
            }
            else
            {
                writer.WriteStartArray("deleted");
                deleted.ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        });
    }

    private Task StatusAsync(HttpContext context, System.Text.RegularExpressions.Match match, Parameters parameters) => Answer.JsonAsync(context, writer =>
    {
        // A flat array (D37); a scheduled message has no status yet.
        writer.WriteStartArray();
        foreach (var id in parameters.List("msg_id"))
        {
            bool scheduled;
            lock (_messagesGate)
            {
                _messages.TryGetValue(id, out scheduled);
            }

            writer.WriteStartObject();
            writer.WriteString("id", id);
            WriteNullable(writer, "status", scheduled ? null : "DELIVERED");
            WriteNullable(writer, "status_time", scheduled ? null : "2024-11-07 10:02:03.000");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    private Task DeleteScheduledAsync(HttpContext context, System.Text.RegularExpressions.Match match, Parameters parameters)
    {
        var id = match.Groups["id"].Value;
        if (id.Length == 0)
        {
            // F6: HTTP 400 with a JSON body labelled text/plain.
            return Answer.JsonAsync(context, writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("error_code", 400);
                writer.WriteString("error_message", "Ungültige Rufnummer.");
                writer.WriteEndObject();
            }, 400, "text/plain");
        }

        bool removed;
        lock (_messagesGate)
        {
            removed = _messages.TryGetValue(id, out var scheduled) && scheduled && _messages.Remove(id);
        }

        return removed
            ? Answer.SuccessAsync(context)
            : Answer.JsonAsync(context, writer =>
            {
                // F7: what the gateway answers for a message that is not scheduled.
                writer.WriteStartObject();
                writer.WriteNumber("code", 404);
                writer.WriteString("message", "Page not found");
                writer.WriteStartArray("errors");
                writer.WriteEndArray();
                writer.WriteEndObject();
            }, 404);
    }

    private Task RcsEventAsync(HttpContext context, System.Text.RegularExpressions.Match match, Parameters parameters) =>
        parameters["event"] is "IS_TYPING" or "READ" && (parameters["to"] ?? parameters["msg_id"]) is not null
            ? Answer.SuccessAsync(context)
            : Answer.JsonAsync(context, writer =>
            {
                // F5: the recorded refusal, HTTP 400 with an empty message.
                writer.WriteStartObject();
                writer.WriteBoolean("success", false);
                writer.WriteNumber("error_code", 400);
                writer.WriteString("error_message", string.Empty);
                writer.WriteEndObject();
            }, 400);

    private static Task ValidateForVoiceAsync(HttpContext context, System.Text.RegularExpressions.Match match, Parameters parameters) =>
        parameters["number"] is null
            ? Answer.RefusedAsync(context, "number is missing")
            : Answer.JsonAsync(context, writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("success", true);
                writer.WriteString("code", "396177");
                writer.WriteNull("error");
                writer.WriteEndObject();
            });

    private string NextMessageId(bool scheduled)
    {
        lock (_messagesGate)
        {
            var id = Answer.Number(_nextMessageId++);
            _messages[id] = scheduled;
            return id;
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
