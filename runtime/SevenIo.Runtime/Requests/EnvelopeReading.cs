using System;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace SevenIo.Runtime;

/// <summary>What the body said about success and failure, as far as it could be read.</summary>
internal readonly struct EnvelopeReading
{
    private EnvelopeReading(bool failed, string? code, string? message, bool isBareCode)
    {
        IsFailure = failed;
        Code = code;
        Message = message;
        IsBareCode = isBareCode;
    }

    public bool IsFailure { get; }

    public string? Code { get; }

    public string? Message { get; }

    /// <summary>The whole body was a code and the spec says that is an error (e.g. <c>900</c> or <c>"900"</c>).</summary>
    public bool IsBareCode { get; }

    /// <summary>
    /// Reads the envelope members from the top level of <paramref name="body"/>. When
    /// <paramref name="stopAtSuccess"/> is set, stops as soon as the success member says success,
    /// so a successful response costs a few tokens. Never throws: what cannot be read is left out.
    /// </summary>
    public static EnvelopeReading Read(ReadOnlySpan<byte> body, FailureEnvelope envelope, bool stopAtSuccess) =>
        stopAtSuccess && OpensWithSuccess(body, envelope) ? default : ReadMembers(body, envelope, stopAtSuccess);

    /// <summary>
    /// Whether the body's first member is the success member with the literal <c>true</c> or one of
    /// the success codes as a plain string or number, as in nearly every successful answer
    /// (<c>{"success":true,...</c>, <c>{"success":"100",...</c>): what the reader would find before
    /// stopping, seen from the bytes without starting a reader. Anything else (escapes, another
    /// order, another code) answers false and is read by <see cref="ReadMembers"/>.
    /// </summary>
    internal static bool OpensWithSuccess(ReadOnlySpan<byte> body, FailureEnvelope envelope)
    {
        var successProperty = envelope.SuccessProperty;
        if (successProperty.Length == 0)
        {
            return false;
        }

        var rest = AfterWhiteSpace(body);
        if (rest.Length == 0 || rest[0] != (byte)'{')
        {
            return false;
        }

        rest = AfterWhiteSpace(rest.Slice(1));
        if (rest.Length < successProperty.Length + 2 || rest[0] != (byte)'"' || !rest.Slice(1, successProperty.Length).SequenceEqual(successProperty) || rest[successProperty.Length + 1] != (byte)'"')
        {
            return false;
        }

        rest = AfterWhiteSpace(rest.Slice(successProperty.Length + 2));
        if (rest.Length == 0 || rest[0] != (byte)':')
        {
            return false;
        }

        rest = AfterWhiteSpace(rest.Slice(1));
        var value = SuccessLiteralLength(rest, envelope.SuccessCodeBytes);
        if (value == 0)
        {
            return false;
        }

        rest = AfterWhiteSpace(rest.Slice(value));
        return rest.Length > 0 && rest[0] is (byte)',' or (byte)'}';
    }

    /// <summary>The length of the literal <paramref name="json"/> starts with when it means success (<c>true</c>, <c>"100"</c>, <c>100</c>), or 0.</summary>
    private static int SuccessLiteralLength(ReadOnlySpan<byte> json, byte[][] successCodes)
    {
        if (json.StartsWith("true"u8))
        {
            return 4;
        }

        foreach (var code in successCodes)
        {
            if (json.Length >= code.Length + 2 && json[0] == (byte)'"' && json.Slice(1, code.Length).SequenceEqual(code) && json[code.Length + 1] == (byte)'"')
            {
                return code.Length + 2;
            }

            // A number: what follows it must end the member, which the caller checks ("1000" or "100.5" is not "100").
            if (json.StartsWith(code))
            {
                return code.Length;
            }
        }

        return 0;
    }

    /// <summary>The envelope members as a reader finds them; <see cref="Read"/> without its shortcut.</summary>
    internal static EnvelopeReading ReadMembers(ReadOnlySpan<byte> body, FailureEnvelope envelope, bool stopAtSuccess)
    {
        bool? success = null;
        string? successCode = null;
        string? code = null;
        string? message = null;
        var codeRank = int.MaxValue;
        var messageRank = int.MaxValue;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read())
            {
                return default;
            }

            if (envelope.CodeBody && IsCode(ref reader))
            {
                var text = ScalarText(ref reader)!;
                return reader.Read() ? default : new EnvelopeReading(true, text, null, isBareCode: true);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return default;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (envelope.SuccessProperty.Length > 0 && reader.ValueTextEquals(envelope.SuccessProperty))
                {
                    reader.Read();
                    (success, successCode) = Success(ref reader, envelope);
                    reader.Skip();
                    if (success == true && stopAtSuccess)
                    {
                        break;
                    }
                }
                else if (Rank(ref reader, envelope.CodeProperties) is var rankOfCode && rankOfCode < codeRank)
                {
                    reader.Read();
                    if (ScalarText(ref reader) is { } value)
                    {
                        (code, codeRank) = (value, rankOfCode);
                    }
                }
                else if (Rank(ref reader, envelope.MessageProperties) is var rankOfMessage && rankOfMessage < messageRank)
                {
                    reader.Read();
                    if (ScalarText(ref reader) is { } value)
                    {
                        (message, messageRank) = (value, rankOfMessage);
                    }
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

        return new EnvelopeReading(success == false, code ?? (success == false ? successCode : null), message, isBareCode: false);
    }

    private static ReadOnlySpan<byte> AfterWhiteSpace(ReadOnlySpan<byte> json)
    {
        var start = 0;
        while (start < json.Length && json[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        return json.Slice(start);
    }

    /// <summary>
    /// Whether the success member says success (<c>true</c>), failure (<c>false</c>) or nothing; a
    /// code such as <c>"100"</c> is success when it is one of the spec's success codes.
    /// </summary>
    private static (bool? Success, string? Code) Success(ref Utf8JsonReader reader, FailureEnvelope envelope)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return (true, null);
            case JsonTokenType.False:
                return (false, null);
            case JsonTokenType.String or JsonTokenType.Number:
                var text = ScalarText(ref reader);
                return text switch
                {
                    "true" => (true, null),
                    "false" => (false, null),
                    _ when envelope.SuccessCodes.Length == 0 => (null, text),
                    _ => (envelope.SuccessCodes.Contains(text), text),
                };
            default:
                return (null, null);
        }
    }

    /// <summary>The position of the property name the reader is on among <paramref name="names"/>, or <see cref="int.MaxValue"/>.</summary>
    private static int Rank(ref Utf8JsonReader reader, byte[][] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static bool IsCode(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length is 0 or > 6)
        {
            return false;
        }

        foreach (var b in reader.ValueSpan)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    private static string? ScalarText(ref Utf8JsonReader reader)
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
