using SevenIo.Generator.Model;
using SevenIo.Generator.Pipeline;

namespace SevenIo.Generator.Emit;

/// <summary>
/// A model's internal JSON class: reads the model from a <c>Utf8JsonReader</c> in one forward pass.
/// Unknown members are skipped, nullable members may be null or absent, and a missing required
/// member is a JsonException.
/// </summary>
internal static class ModelJsonEmitter
{
    public static void Emit(SourceWriter writer, string ns, ObjectModel model, CodeStyle style)
    {
        var modelType = CSharp.Qualified(ns, model.Name);
        var json = model.Json;
        var result = CSharp.Id(json.Locals.Result);

        writer.Doc("summary", $"Reads <see cref=\"{modelType}\"/> from the gateway's JSON.");
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
        writer.Line($"{CSharp.JsonValues}.AssertStartObject(ref reader, {SourceWriter.Literal(model.Name)});");
        writer.Line($"var {result} = new {modelType}();");
        foreach (var property in model.Properties)
        {
            if (property.SeenLocal is { } seen)
            {
                writer.Line($"var {seen} = false;");
            }
        }

        writer.Line();
        writer.OpenBlock($"while ({CSharp.JsonValues}.NextProperty(ref reader))");
        var first = true;
        foreach (var property in model.Properties)
        {
            writer.OpenBlock($"{(first ? string.Empty : "else ")}if (reader.ValueTextEquals({property.JsonNameField}))");
            first = false;
            writer.Line("reader.Read();");
            var target = $"{result}.{CSharp.Id(property.Name)}";
            JsonReadEmitter.Write(writer, ns, property.Type, property.Nullable, json.Locals, value => $"{target} = {value};");
            if (property.SeenLocal is { } seen)
            {
                writer.Line($"{seen} = true;");
            }

            writer.CloseBlock();
        }

        if (first)
        {
            writer.Line($"{CSharp.JsonValues}.SkipValue(ref reader);");
        }
        else
        {
            writer.OpenBlock("else");
            writer.Line($"{CSharp.JsonValues}.SkipValue(ref reader);");
            writer.CloseBlock();
        }

        writer.CloseBlock();
        foreach (var property in model.Properties)
        {
            if (property.SeenLocal is { } seen)
            {
                writer.Line();
                writer.OpenBlock($"if (!{seen})");
                writer.Line($"throw {CSharp.JsonValues}.MissingProperty({SourceWriter.Literal(model.Name)}, {SourceWriter.Literal(property.WireName)});");
                writer.CloseBlock();
            }
        }

        writer.Line();
        writer.Line($"return {result};");
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
