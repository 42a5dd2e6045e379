using System;
using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// The C# that writes a value with a <c>Utf8JsonWriter</c>: a JSON request body's parameters, and a
/// model's members in its JSON class's write method.
/// </summary>
internal static class JsonWriteEmitter
{
    /// <summary>Writes <paramref name="value"/> as the property <paramref name="wireName"/>; an array item is called <paramref name="item"/>.</summary>
    public static void WriteProperty(SourceWriter writer, string ns, string jsonWriter, string wireName, string value, TypeModel type, string item)
    {
        var name = SourceWriter.Literal(wireName);
        switch (type.Kind)
        {
            case ValueKind.Array:
                writer.Line($"{jsonWriter}.WriteStartArray({name});");
                writer.OpenBlock($"foreach (var {item} in {value})");
                WriteValue(writer, ns, jsonWriter, item, type.Element!);
                writer.CloseBlock();
                writer.Line($"{jsonWriter}.WriteEndArray();");
                break;
            case ValueKind.Model:
            case ValueKind.Json:
                writer.Line($"{jsonWriter}.WritePropertyName({name});");
                WriteValue(writer, ns, jsonWriter, value, type);
                break;
            default:
                writer.Line($"{jsonWriter}.{Method(type, property: true)}({name}, {Scalar(value, type)});");
                break;
        }
    }

    /// <summary>Writes one value (an array item, or a property's value after its name).</summary>
    public static void WriteValue(SourceWriter writer, string ns, string jsonWriter, string value, TypeModel type)
    {
        switch (type.Kind)
        {
            case ValueKind.Model:
                writer.Line($"{CSharp.Qualified(ns, type.JsonClass!)}.{JsonClassModel.WriteMethod}({jsonWriter}, {value});");
                break;
            case ValueKind.Json:
                writer.Line($"{value}.WriteTo({jsonWriter});");
                break;
            case ValueKind.Array:
                throw new InvalidOperationException("Arrays of arrays are not written.");
            default:
                writer.Line($"{jsonWriter}.{Method(type, property: false)}({Scalar(value, type)});");
                break;
        }
    }

    /// <summary>Writes a fixed value from the spec as the property <paramref name="wireName"/>.</summary>
    public static void WriteFixed(SourceWriter writer, string jsonWriter, string wireName, string text, TypeModel type)
    {
        var name = SourceWriter.Literal(wireName);
        switch (type.Kind)
        {
            case ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal or ValueKind.Double or ValueKind.UnixTime:
                writer.Line($"{jsonWriter}.WritePropertyName({name});");
                writer.Line($"{jsonWriter}.WriteRawValue({SourceWriter.Literal(text)});");
                break;
            case ValueKind.Boolean:
                writer.Line($"{jsonWriter}.WriteBoolean({name}, {text});");
                break;
            default:
                writer.Line($"{jsonWriter}.WriteString({name}, {SourceWriter.Literal(text)});");
                break;
        }
    }

    private static string Method(TypeModel type, bool property) => (type.Kind, property) switch
    {
        (ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal or ValueKind.Double or ValueKind.UnixTime, true) => "WriteNumber",
        (ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal or ValueKind.Double or ValueKind.UnixTime, false) => "WriteNumberValue",
        (ValueKind.Boolean, true) => "WriteBoolean",
        (ValueKind.Boolean, false) => "WriteBooleanValue",
        (_, true) => "WriteString",
        (_, false) => "WriteStringValue",
    };

    /// <summary>The argument that writes a scalar: strings as they are, enums and dates as their wire text.</summary>
    private static string Scalar(string value, TypeModel type) => type.Kind switch
    {
        ValueKind.Enum => value + ".ToString()",
        ValueKind.DateTime => $"{RuntimeContract.WireText}.Of({value}, {SourceWriter.Literal(type.Format!)})",
        ValueKind.UnixTime => value + ".ToUnixTimeSeconds()",
        _ => value,
    };
}
