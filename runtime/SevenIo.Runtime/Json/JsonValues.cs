using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SevenIo.Runtime;

/// <summary>
/// Reading helpers for the JSON readers that the generator emits. Each method expects the reader on
/// the value's first token and leaves it on the value's last token. Values are read in every form
/// the gateway is known to send them: numbers and booleans also as strings, strings also as numbers.
/// Every problem is a <see cref="JsonException"/> that says what was expected and at which byte.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValues
{
    /// <summary>Whether the value is JSON <c>null</c>: what a nullable boolean reads as <c>null</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns><c>true</c> for <c>null</c>.</returns>
    public static bool IsNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null;

    /// <summary>
    /// Whether the value is <c>null</c> or <c>false</c>: what a nullable string, enum, model or array
    /// reads as <c>null</c>. PHP APIs send <c>false</c> for "no value" (a lookup's <c>country_code</c>).
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <returns><c>true</c> for <c>null</c> and <c>false</c>.</returns>
    public static bool IsNullOrFalse(ref Utf8JsonReader reader) => reader.TokenType is JsonTokenType.Null or JsonTokenType.False;

    /// <summary>
    /// Whether the value is <c>null</c>, <c>false</c> or an empty string: what a nullable number or
    /// date reads as <c>null</c>.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <returns><c>true</c> for <c>null</c>, <c>false</c> and <c>""</c>.</returns>
    public static bool IsNullFalseOrEmpty(ref Utf8JsonReader reader) =>
        IsNullOrFalse(ref reader) || IsEmptyString(ref reader);

    /// <summary>
    /// Whether the value is <c>null</c> or an empty string: what a nullable number or date reads as
    /// <c>null</c> for a spec whose conventions read <c>""</c>, but not <c>false</c>, as no value.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <returns><c>true</c> for <c>null</c> and <c>""</c>.</returns>
    public static bool IsNullOrEmpty(ref Utf8JsonReader reader) => IsNull(ref reader) || IsEmptyString(ref reader);

    /// <summary>
    /// Starts reading an array of typed items: JSON <c>null</c> reads as no items, a single value as one
    /// item, and the items of nested arrays as items of this one.
    /// </summary>
    /// <param name="reader">A reader on the array's start (or the single value).</param>
    /// <returns>A cursor whose <see cref="JsonArrayCursor.MoveNext"/> moves the reader to each item.</returns>
    public static JsonArrayCursor OpenArray(ref Utf8JsonReader reader) => Open(ref reader, flatten: true);

    /// <summary>
    /// Starts reading an array of JSON values kept as they are: like <see cref="OpenArray"/>, but a
    /// nested array is one item.
    /// </summary>
    /// <param name="reader">A reader on the array's start (or the single value).</param>
    /// <returns>A cursor whose <see cref="JsonArrayCursor.MoveNext"/> moves the reader to each item.</returns>
    public static JsonArrayCursor OpenJsonArray(ref Utf8JsonReader reader) => Open(ref reader, flatten: false);

    private static JsonArrayCursor Open(ref Utf8JsonReader reader, bool flatten) => reader.TokenType switch
    {
        JsonTokenType.Null => default,
        JsonTokenType.StartArray => new JsonArrayCursor(JsonArrayCursor.InArray, flatten),
        JsonTokenType.StartObject or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => new JsonArrayCursor(JsonArrayCursor.SingleValue, flatten),
        _ => throw Unexpected(ref reader, "an array"),
    };

    /// <summary>Checks that the reader is on the start of an object.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeName">The type being read, for the message.</param>
    public static void AssertStartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, $"an object for {typeName}");
        }
    }

    /// <summary>Moves to the next property name of the current object.</summary>
    /// <param name="reader">A reader on the object's start or on the last token of a property value.</param>
    /// <returns><c>true</c> on a property name; <c>false</c> on the end of the object.</returns>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Skips the value of the property whose name the reader is on.</summary>
    /// <param name="reader">A reader on a property name.</param>
    public static void SkipValue(ref Utf8JsonReader reader) => reader.Skip();

    /// <summary>Moves from the start of an object to the value of one of its properties.</summary>
    /// <param name="reader">A reader on the start of an object.</param>
    /// <param name="utf8Name">The property's name in UTF-8.</param>
    /// <exception cref="JsonException">The object has no such property.</exception>
    public static void MoveToProperty(ref Utf8JsonReader reader, byte[] utf8Name)
    {
        AssertStartObject(ref reader, "the response");
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(utf8Name))
            {
                reader.Read();
                return;
            }

            reader.Skip();
        }

        throw new JsonException($"The response has no '{Encoding.UTF8.GetString(utf8Name)}' property.");
    }

    /// <summary>
    /// Reads a string; a number or boolean reads as its JSON text (<c>410</c> as <c>"410"</c>).
    /// <c>null</c> is an error here: nullable members check for it before calling.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The string.</returns>
    public static string ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw Unexpected(ref reader, "a string"),
    };

    /// <summary>Reads a 32-bit integer, also from a string holding one (<c>"42"</c>).</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The number.</returns>
    public static int ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String && TryParseInt64Text(ref reader, out var parsed) && parsed >= int.MinValue && parsed <= int.MaxValue)
        {
            return (int)parsed;
        }

        throw Unexpected(ref reader, "a 32-bit integer or a string holding one");
    }

    /// <summary>Reads a 64-bit integer, also from a string holding one (<c>"410"</c>).</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The number.</returns>
    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String && TryParseInt64Text(ref reader, out var parsed))
        {
            return parsed;
        }

        throw Unexpected(ref reader, "a 64-bit integer or a string holding one");
    }

    /// <summary>Reads a decimal number, also from a string holding one (<c>"0.0750"</c>).</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The number.</returns>
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String
            && decimal.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw Unexpected(ref reader, "a decimal number or a string holding one");
    }

    /// <summary>Reads a floating-point number, also from a string holding one.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The number.</returns>
    public static double ReadDouble(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String
            && double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw Unexpected(ref reader, "a number or a string holding one");
    }

    /// <summary>Reads any JSON value as it is, for members whose shape the spec leaves open.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The value, independent of the reader's buffer.</returns>
    public static JsonElement ReadJson(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.Clone();
    }

    /// <summary>The empty dictionary a model's additional properties start as.</summary>
    /// <typeparam name="T">The values' type.</typeparam>
    /// <returns>A shared empty dictionary.</returns>
    public static IReadOnlyDictionary<string, T> NoMembers<T>() => EmptyMembers<T>.Instance;

    /// <summary>Reads the name of the property the reader is on.</summary>
    /// <param name="reader">A reader on a property name.</param>
    /// <returns>The name.</returns>
    public static string PropertyName(ref Utf8JsonReader reader) => reader.GetString()!;

    /// <summary>Reads a boolean: <c>true</c>/<c>false</c>, the numbers <c>1</c>/<c>0</c>, or a string holding any of these.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The boolean.</returns>
    public static bool ReadBoolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String or JsonTokenType.Number:
                if (reader.ValueTextEquals("true"u8) || reader.ValueTextEquals("1"u8))
                {
                    return true;
                }

                if (reader.ValueTextEquals("false"u8) || reader.ValueTextEquals("0"u8))
                {
                    return false;
                }

                break;
        }

        throw Unexpected(ref reader, "a boolean or a string holding one");
    }

    /// <summary>Reads a point in time sent as Unix seconds: a number, or a string holding one.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The point in time, at offset zero.</returns>
    public static DateTimeOffset ReadUnixSeconds(ref Utf8JsonReader reader)
    {
        var seconds = ReadInt64(ref reader);
        if (seconds < UnixSecondsMin || seconds > UnixSecondsMax)
        {
            throw Unexpected(ref reader, "Unix seconds between years 1 and 9999");
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    private const long UnixSecondsMin = -62135596800;
    private const long UnixSecondsMax = 253402300799;

    /// <summary>
    /// Reads a date and time sent as a string in a fixed format. A format without a zone gives
    /// <see cref="DateTimeKind.Unspecified"/>; the value is never shifted to local time.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="format">The .NET format string, e.g. <c>yyyy-MM-dd HH:mm:ss</c>.</param>
    /// <returns>The date and time.</returns>
    public static DateTime ReadDateTime(ref Utf8JsonReader reader, string format)
    {
        if (reader.TokenType == JsonTokenType.String
            && DateTime.TryParseExact(reader.GetString(), format, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value))
        {
            return value;
        }

        throw Unexpected(ref reader, $"a date and time in the format '{format}'");
    }

    /// <summary>
    /// Whether the object the reader is on has the member, not null, and, when <paramref name="equals"/>
    /// is given, with that value (the text of a string, number or boolean). Looks at a copy of the
    /// reader, so the object can then be read from its start: how a <c>oneOf</c> model picks its case.
    /// </summary>
    /// <param name="reader">A copy of a reader on the object's start.</param>
    /// <param name="utf8Name">The member's name in UTF-8.</param>
    /// <param name="equals">The value it must have; null for any.</param>
    /// <returns>Whether the object has it.</returns>
    public static bool HasMember(Utf8JsonReader reader, byte[] utf8Name, string? equals)
    {
        while (NextProperty(ref reader))
        {
            if (!reader.ValueTextEquals(utf8Name))
            {
                reader.Skip();
                continue;
            }

            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return false;
            }

            return equals is null
                || (reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False && ReadString(ref reader) == equals);
        }

        return false;
    }

    /// <summary>The exception for an object that matches none of a <c>oneOf</c> model's cases.</summary>
    /// <param name="typeName">The <c>oneOf</c> model.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException NoCase(string typeName) =>
        new($"The JSON object matches none of the shapes of {typeName}.");

    /// <summary>The exception for a required property that the object did not have.</summary>
    /// <param name="typeName">The type being read.</param>
    /// <param name="propertyName">The property's wire name.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException MissingProperty(string typeName, string propertyName) =>
        new($"The JSON for {typeName} has no '{propertyName}' property, which is required.");

    private static bool TryParseInt64Text(ref Utf8JsonReader reader, out long value)
    {
        value = 0;
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return long.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        return Utf8Parser.TryParse(reader.ValueSpan, out value, out var consumed) && consumed == reader.ValueSpan.Length;
    }

    private static class EmptyMembers<T>
    {
        public static readonly IReadOnlyDictionary<string, T> Instance = new ReadOnlyDictionary<string, T>(new Dictionary<string, T>());
    }

    internal static JsonException Unexpected(ref Utf8JsonReader reader, string expected)
    {
        var found = reader.TokenType switch
        {
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            _ => reader.TokenType.ToString(),
        };
        return new JsonException(
            string.Format(CultureInfo.InvariantCulture, "Expected {0} but found {1} at byte {2}.", expected, found, reader.TokenStartIndex));
    }

    private static bool IsEmptyString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length == 0 && !reader.HasValueSequence;
}
