using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace SevenIo.Generator.Json;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A JSON value together with the span of text it was read from (offsets; lines come from the file's SourceText).</summary>
internal abstract class JsonNode
{
    protected JsonNode(JsonKind kind, TextSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public JsonKind Kind { get; }

    public TextSpan Span { get; }

    /// <summary>The kind in words, for messages: "an object", "a string", ...</summary>
    public string KindDescription => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };
}

internal sealed class JsonObject : JsonNode
{
    public JsonObject(IReadOnlyList<JsonProperty> properties, TextSpan span)
        : base(JsonKind.Object, span)
    {
        Properties = properties;
    }

    /// <summary>The members in document order; duplicates are kept so that readers can report them.</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }
}

/// <summary>A member of an object. A struct, stored inline in its object's array: a spec has more members than anything else.</summary>
internal readonly struct JsonProperty
{
    public JsonProperty(string name, TextSpan nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    public TextSpan NameSpan { get; }

    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(IReadOnlyList<JsonNode> items, TextSpan span)
        : base(JsonKind.Array, span)
    {
        Items = items;
    }

    public IReadOnlyList<JsonNode> Items { get; }
}

internal sealed class JsonString : JsonNode
{
    public JsonString(string value, TextSpan span)
        : base(JsonKind.String, span)
    {
        Value = value;
    }

    /// <summary>The unescaped value.</summary>
    public string Value { get; }
}

internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(string text, TextSpan span)
        : base(JsonKind.Number, span)
    {
        Text = text;
    }

    /// <summary>The number exactly as written, so that no precision is lost before a reader decides its type.</summary>
    public string Text { get; }
}

/// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
internal sealed class JsonLiteral : JsonNode
{
    public JsonLiteral(JsonKind kind, TextSpan span)
        : base(kind, span)
    {
    }
}
