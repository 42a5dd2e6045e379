using System;
using System.ComponentModel;
using System.Text.Json;

namespace SevenIo.Runtime;

/// <summary>
/// A delivery read as far as its envelope: the <c>webhook_event</c> name, the raw
/// <c>webhook_timestamp</c>, and where its data is, whatever way it came (a JSON body, a form body or
/// a GET query; the data nested under <c>data</c> or flat beside the event name). Generated code
/// then reads the data with the event's model.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class WebhookEnvelope
{
    private readonly ReadOnlyMemory<byte> _json;
    private readonly int _dataStart;
    private readonly int _dataLength;

    private WebhookEnvelope(ReadOnlyMemory<byte> json, string eventType, string? timestamp, int dataStart, int dataLength)
    {
        _json = json;
        EventType = eventType;
        Timestamp = timestamp;
        _dataStart = dataStart;
        _dataLength = dataLength;
    }

    /// <summary>The <c>webhook_event</c> name, as sent.</summary>
    public string EventType { get; }

    /// <summary>The <c>webhook_timestamp</c>, as sent; null when the delivery has none.</summary>
    public string? Timestamp { get; }

    /// <summary>Reads a delivery's envelope.</summary>
    /// <param name="request">The delivery.</param>
    /// <returns>The envelope.</returns>
    /// <exception cref="WebhookFormatException">The delivery is not one the gateway sends.</exception>
    public static WebhookEnvelope Read(WebhookRequest request)
    {
        Argument.AssertNotNull(request, nameof(request));
        var json = WebhookPayload.ToJson(request);
        string? eventType = null;
        string? timestamp = null;
        int dataStart = 0, dataLength = json.Length;
        try
        {
            var reader = new Utf8JsonReader(json.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new WebhookFormatException("The delivery is not a JSON object, a form or a query string.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("webhook_event"u8))
                {
                    eventType = ReadText(ref reader);
                }
                else if (reader.ValueTextEquals("webhook_timestamp"u8))
                {
                    timestamp = ReadText(ref reader);
                }
                else if (reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        dataStart = (int)reader.TokenStartIndex;
                        reader.Skip();
                        dataLength = (int)reader.BytesConsumed - dataStart;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException e)
        {
            throw new WebhookFormatException("The delivery's JSON is malformed: " + e.Message, eventType, e);
        }

        if (string.IsNullOrWhiteSpace(eventType))
        {
            throw new WebhookFormatException("The delivery has no 'webhook_event' name.");
        }

        return new WebhookEnvelope(json, eventType!, timestamp, dataStart, dataLength);
    }

    /// <summary>The text of a string or number value after the property name the reader is on; null for anything else, which is skipped.</summary>
    private static string? ReadText(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
        {
            return JsonValues.ReadString(ref reader);
        }

        reader.Skip();
        return null;
    }

    /// <summary>Reads the data with an event's model reader.</summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <param name="read">The generated reader.</param>
    /// <returns>The data.</returns>
    /// <exception cref="WebhookFormatException">The data does not fit the model.</exception>
    public T ReadData<T>(JsonValueReader<T> read)
    {
        Argument.AssertNotNull(read, nameof(read));
        try
        {
            var reader = new Utf8JsonReader(_json.Span.Slice(_dataStart, _dataLength));
            reader.Read();
            return read(ref reader);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            throw new WebhookFormatException($"The '{EventType}' delivery does not fit its model: {e.Message}", EventType, e);
        }
    }

    /// <summary>The data as it was sent, for an event the spec does not describe.</summary>
    /// <returns>A JSON object that outlives the delivery.</returns>
    public JsonElement ReadUnknownData()
    {
        var reader = new Utf8JsonReader(_json.Span.Slice(_dataStart, _dataLength));
        reader.Read();
        return JsonValues.ReadJson(ref reader);
    }
}
