using System;
using System.Text;
using System.Text.Json;

namespace SevenIo.Runtime;

/// <summary>What the body said about success and failure, as far as it could be read.</summary>
internal readonly struct EnvelopeReading
{
    private EnvelopeReading(bool? success, string? code, string? message, bool isBareCode)
    {
        Success = success;
        Code = code;
        Message = message;
        IsBareCode = isBareCode;
    }

    /// <summary>The success member's value when it was a boolean; <c>null</c> when absent or unreadable.</summary>
    public bool? Success { get; }

    public string? Code { get; }

    public string? Message { get; }

    /// <summary>The whole body was a single number and the spec says that is an error code (e.g. <c>900</c>).</summary>
    public bool IsBareCode { get; }

    public bool IsFailure => IsBareCode || Success == false;

    /// <summary>
    /// Reads the envelope members from the top level of <paramref name="body"/>. When
    /// <paramref name="stopAtSuccess"/> is set, stops as soon as the success member says <c>true</c>,
    /// so a successful response costs a few tokens. Never throws: what cannot be read is left out.
    /// </summary>
    public static EnvelopeReading Read(ReadOnlySpan<byte> body, FailureEnvelope envelope, bool stopAtSuccess)
    {
        bool? success = null;
        string? code = null;
        string? message = null;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read())
            {
                return default;
            }

            if (reader.TokenType == JsonTokenType.Number && envelope.CodeBody)
            {
                var text = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                return reader.Read() ? default : new EnvelopeReading(null, text, null, isBareCode: true);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return default;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(envelope.SuccessProperty))
                {
                    reader.Read();
                    success = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => null,
                    };
                    reader.Skip();
                    if (success == true && stopAtSuccess)
                    {
                        break;
                    }
                }
                else if (envelope.CodeProperty is { } codeName && reader.ValueTextEquals(codeName))
                {
                    reader.Read();
                    code = ReadScalarText(ref reader);
                }
                else if (envelope.MessageProperty is { } messageName && reader.ValueTextEquals(messageName))
                {
                    reader.Read();
                    message = ReadScalarText(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported by the full read that follows; keep what was found so far.
        }

        return new EnvelopeReading(success, code, message, isBareCode: false);
    }

    private static string? ReadScalarText(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var text = reader.GetString();
                return string.IsNullOrEmpty(text) ? null : text;
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                reader.Skip();
                return null;
        }
    }
}
