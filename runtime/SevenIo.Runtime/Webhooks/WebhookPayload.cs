using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace SevenIo.Runtime;

/// <summary>
/// A delivery's payload as JSON, whichever way it was sent: a JSON body as it is; a form body or a
/// GET query string turned into the JSON object it stands for. Form keys follow PHP's bracket
/// convention, which the gateway's nested layout uses (<c>data[id]=1</c>,
/// <c>data[user_file][payload][fileName]=a</c>, <c>list[]=a</c>); every form value is a JSON
/// string, which the generated readers read as numbers or booleans where the model says so.
/// </summary>
internal static class WebhookPayload
{
    /// <summary>More fields than any delivery has; beyond it a form is refused rather than parsed.</summary>
    internal const int MaxFields = 1000;

    /// <summary>More levels of brackets than any delivery has.</summary>
    internal const int MaxDepth = 16;

    public static ReadOnlyMemory<byte> ToJson(WebhookRequest request)
    {
        if (string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase) || (request.Body.IsEmpty && request.Query.Length > 0))
        {
            return FormToJson(request.Query);
        }

        if (request.Body.IsEmpty)
        {
            throw new WebhookFormatException("The delivery has neither a body nor a query string.");
        }

        if (IsJson(request.ContentType, request.Body.Span))
        {
            // System.Text.Json's reader does not skip a byte order mark.
            return request.Body.Span.StartsWith(Utf8ByteOrderMark) ? request.Body.Slice(Utf8ByteOrderMark.Length) : request.Body;
        }

        string form;
        try
        {
            form = StrictUtf8.GetString(request.Body.ToArray());
        }
        catch (DecoderFallbackException e)
        {
            throw new WebhookFormatException("The delivery's form body is not UTF-8 text.", null, e);
        }

        return FormToJson(form.TrimStart('\uFEFF'));
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => new byte[] { 0xEF, 0xBB, 0xBF };

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>JSON by its content type, or, when the type is neither JSON nor a form, by its first character.</summary>
    private static bool IsJson(string? contentType, ReadOnlySpan<byte> body)
    {
        var type = contentType ?? string.Empty;
        if (type.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        if (type.IndexOf("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false;
        }

        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
            {
                return b == (byte)'{';
            }
        }

        return false;
    }

    /// <summary>Turns <c>a=1&amp;b[c]=2&amp;b[d][]=3</c> into <c>{"a":"1","b":{"c":"2","d":["3"]}}</c>.</summary>
    internal static byte[] FormToJson(string form)
    {
        var root = new Node();
        var fields = 0;
        foreach (var pair in form.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            if (++fields > MaxFields)
            {
                throw new WebhookFormatException(FormattableString.Invariant($"The delivery has more than {MaxFields} form fields."));
            }

            var equals = pair.IndexOf('=');
            var key = Decode(equals < 0 ? pair : pair.Substring(0, equals));
            var value = equals < 0 ? string.Empty : Decode(pair.Substring(equals + 1));
            if (key.Length > 0)
            {
                root.Set(Segments(key), value);
            }
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            root.Write(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Form decoding: <c>+</c> is a space, <c>%XX</c> a UTF-8 byte; broken escapes stay as they are.</summary>
    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    /// <summary><c>data[user_file][payload]</c> → data, user_file, payload; a key with unbalanced brackets is one segment.</summary>
    private static List<string> Segments(string key)
    {
        var open = key.IndexOf('[');
        if (open <= 0)
        {
            return new List<string> { key };
        }

        var segments = new List<string> { key.Substring(0, open) };
        var at = open;
        while (at < key.Length)
        {
            var close = key.IndexOf(']', at);
            if (key[at] != '[' || close < 0)
            {
                return new List<string> { key };
            }

            segments.Add(key.Substring(at + 1, close - at - 1));
            at = close + 1;
        }

        if (segments.Count > MaxDepth)
        {
            throw new WebhookFormatException(FormattableString.Invariant($"The delivery nests form fields more than {MaxDepth} levels deep."));
        }

        return segments;
    }

    /// <summary>A form field: a value, or members (which are an array when their keys are 0, 1, 2, ...).</summary>
    private sealed class Node
    {
        private string? _value;
        private List<KeyValuePair<string, Node>>? _members;

        public void Set(List<string> path, string value)
        {
            var node = this;
            for (var i = 0; i < path.Count; i++)
            {
                if (node._value is not null)
                {
                    throw Conflict();
                }

                var members = node._members ??= new List<KeyValuePair<string, Node>>();
                var name = path[i].Length == 0 ? members.Count.ToString(CultureInfo.InvariantCulture) : path[i];
                var child = members.Find(m => m.Key == name).Value;
                if (child is null)
                {
                    child = new Node();
                    members.Add(new KeyValuePair<string, Node>(name, child));
                }

                node = child;
            }

            if (node._members is not null)
            {
                throw Conflict();
            }

            // A field sent twice keeps its last value, as PHP reads it.
            node._value = value;
        }

        public void Write(Utf8JsonWriter writer)
        {
            if (_members is null)
            {
                writer.WriteStringValue(_value ?? string.Empty);
                return;
            }

            var isArray = true;
            for (var i = 0; i < _members.Count && isArray; i++)
            {
                isArray = _members[i].Key == i.ToString(CultureInfo.InvariantCulture);
            }

            if (isArray)
            {
                writer.WriteStartArray();
                _members.ForEach(member => member.Value.Write(writer));
                writer.WriteEndArray();
                return;
            }

            writer.WriteStartObject();
            foreach (var member in _members)
            {
                writer.WritePropertyName(member.Key);
                member.Value.Write(writer);
            }

            writer.WriteEndObject();
        }

        // The key stays out of the message: it is text from the body, which never reaches logs or answers.
        private static WebhookFormatException Conflict() =>
            new("A form field of the delivery is given both as a value and with members (as in a=1&a[b]=2).");
    }
}
