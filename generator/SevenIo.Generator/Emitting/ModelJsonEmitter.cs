using System;
using System.Linq;
using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;
using SevenIo.Generator.Planning;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// A model's internal JSON class: reads the model from a <c>Utf8JsonReader</c> in one forward pass
/// (members the spec does not name are skipped, or kept when the model has additional properties;
/// nullable members may be null or absent; a missing required member is a JsonException), and,
/// when the model is sent as JSON, writes it with a <c>Utf8JsonWriter</c>.
/// </summary>
internal static class ModelJsonEmitter
{
    public static void Emit(SourceWriter writer, string ns, ObjectModel model, CodeStyle style, Conventions conventions)
    {
        var modelType = CSharp.Qualified(ns, model.Name);
        var json = model.Json;
        var names = new LocalNames("reader");
        var result = CSharp.Id(names.Pick(CSharp.CamelCase(model.Name)));
        var seenLocals = model.Properties.ToDictionary(p => p.Name, p => p.Nullable ? null : names.Pick("has" + p.Name), StringComparer.Ordinal);
        var locals = ReaderLocals.Pick(names);

        writer.Doc("summary", $"Reads <see cref=\"{modelType}\"/> from the {conventions.Service}'s JSON.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"internal static partial class {CSharp.Id(json.ClassName)}");
        foreach (var property in model.Properties)
        {
            writer.Line($"private static readonly byte[] {property.JsonNameField} = global::System.Text.Encoding.UTF8.GetBytes({SourceWriter.Literal(property.WireName)});");
        }

        if (model.Properties.Count > 0)
        {
            writer.Line();
        }

        writer.Doc("summary", $"Reads one <see cref=\"{modelType}\"/> from the object the reader is on, leaving the reader on its end.");
        writer.Doc("param", "A reader positioned on the object's start.", "name=\"reader\"");
        writer.Doc("returns", "The model.");
        writer.Doc("exception", "The JSON is not an object of this shape.", "cref=\"global::System.Text.Json.JsonException\"");
        writer.OpenBlock($"public static {modelType} {JsonClassModel.ReadMethod}(ref {CSharp.Reader} reader)");
        if (model.FromString is { } fromString)
        {
            writer.OpenBlock("if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)");
            writer.Line($"return new {modelType} {{ {CSharp.Id(fromString)} = {RuntimeContract.JsonValues}.ReadString(ref reader) }};");
            writer.CloseBlock();
            writer.Line();
        }

        writer.Line($"{RuntimeContract.JsonValues}.AssertStartObject(ref reader, {SourceWriter.Literal(model.Name)});");
        writer.Line($"var {result} = new {modelType}();");
        if (model.AdditionalProperties is { } additionalDeclaration)
        {
            writer.Line($"var {locals.Additional} = new global::System.Collections.Generic.Dictionary<string, {CSharp.Type(additionalDeclaration.Type, ns)}>();");
        }
        foreach (var property in model.Properties)
        {
            if (seenLocals[property.Name] is { } seen)
            {
                writer.Line($"var {seen} = false;");
            }
        }

        writer.Line();
        writer.OpenBlock($"while ({RuntimeContract.JsonValues}.NextProperty(ref reader))");
        var first = true;
        foreach (var property in model.Properties)
        {
            writer.OpenBlock($"{(first ? string.Empty : "else ")}if (reader.ValueTextEquals({property.JsonNameField}))");
            first = false;
            writer.Line("reader.Read();");
            var target = $"{result}.{CSharp.Id(property.Name)}";
            JsonReadEmitter.Write(writer, ns, property.Type, property.Nullable, conventions, locals, value => $"{target} = {value};");
            if (seenLocals[property.Name] is { } seen)
            {
                writer.Line($"{seen} = true;");
            }

            writer.CloseBlock();
        }

        if (!first)
        {
            writer.OpenBlock("else");
        }

        if (model.AdditionalProperties is { } additional)
        {
            writer.Line($"var {locals.Key} = {RuntimeContract.JsonValues}.PropertyName(ref reader);");
            writer.Line("reader.Read();");
            var keep = $"{locals.Additional}[{locals.Key}] = {JsonReadEmitter.Expression(additional.Type, ns)};";
            if (additional.Type.Kind == ValueKind.Json)
            {
                writer.Line(keep);
            }
            else
            {
                // A member that is null has no typed value to keep.
                writer.OpenBlock($"if (!{RuntimeContract.JsonValues}.{JsonReadEmitter.NoneCheck(additional.Type, conventions)}(ref reader))");
                writer.Line(keep);
                writer.CloseBlock();
            }
        }
        else
        {
            writer.Line($"{RuntimeContract.JsonValues}.SkipValue(ref reader);");
        }

        if (!first)
        {
            writer.CloseBlock();
        }

        writer.CloseBlock();
        foreach (var property in model.Properties)
        {
            if (seenLocals[property.Name] is { } seen)
            {
                writer.Line();
                writer.OpenBlock($"if (!{seen})");
                writer.Line($"throw {RuntimeContract.JsonValues}.MissingProperty({SourceWriter.Literal(model.Name)}, {SourceWriter.Literal(property.WireName)});");
                writer.CloseBlock();
            }
        }

        if (model.AdditionalProperties is { } kept)
        {
            writer.Line();
            writer.Line($"{result}.{CSharp.Id(kept.Name)} = {locals.Additional};");
        }

        writer.Line();
        writer.Line($"return {result};");
        writer.CloseBlock();
        if (json.Writes)
        {
            writer.Line();
            EmitWrite(writer, ns, model, modelType);
        }

        writer.CloseBlock();
    }

    /// <summary>Writes the model as a JSON object; members that are null are left out.</summary>
    private static void EmitWrite(SourceWriter writer, string ns, ObjectModel model, string modelType)
    {
        writer.Doc("summary", $"Writes <paramref name=\"value\"/> as a JSON object, leaving out members that are null.");
        writer.Doc("param", "The writer.", "name=\"writer\"");
        writer.Doc("param", "The model.", "name=\"value\"");
        writer.OpenBlock($"public static void {JsonClassModel.WriteMethod}(global::System.Text.Json.Utf8JsonWriter writer, {modelType} value)");
        writer.Line("writer.WriteStartObject();");
        foreach (var property in model.Properties)
        {
            var access = "value." + CSharp.Id(property.Name);
            var optional = property.Nullable || !property.Type.IsValueType;
            if (optional)
            {
                writer.OpenBlock($"if ({access} != null)");
            }

            JsonWriteEmitter.WriteProperty(writer, ns, "writer", property.WireName, property.Nullable && property.Type.IsValueType ? access + ".Value" : access, property.Type, "item");
            if (optional)
            {
                writer.CloseBlock();
            }
        }

        if (model.AdditionalProperties is { } additional)
        {
            writer.OpenBlock($"foreach (var pair in value.{CSharp.Id(additional.Name)})");
            writer.Line("writer.WritePropertyName(pair.Key);");
            JsonWriteEmitter.WriteValue(writer, ns, "writer", "pair.Value", additional.Type);
            writer.CloseBlock();
        }

        writer.Line("writer.WriteEndObject();");
        writer.CloseBlock();
    }
}
