using System.Linq;
using SevenIo.Generator.Model;
using SevenIo.Generator.Spec;

namespace SevenIo.Generator.Emit;

/// <summary>
/// Reads a model from a <c>Utf8JsonReader</c> in one forward pass: unknown members are skipped,
/// nullable members may be null or absent, and a missing required member is a JsonException.
/// </summary>
internal static class ModelReaderEmitter
{
    public static void Emit(SourceWriter writer, string ns, ObjectModel model, CodeStyle style)
    {
        var modelType = CSharp.Qualified(ns, model.Name);
        var json = new JsonReadEmitter(ns);

        writer.Doc("summary", $"Reads <see cref=\"{modelType}\"/> from the gateway's JSON.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"internal static partial class {Names.Escape(model.Name + "JsonReader")}");

        foreach (var property in model.Properties)
        {
            writer.Line($"private static readonly byte[] {property.Name}Name = global::System.Text.Encoding.UTF8.GetBytes({SourceWriter.Literal(property.WireName)});");
        }

        if (model.Properties.Count > 0)
        {
            writer.Line();
        }

        writer.Doc("summary", $"Reads one <see cref=\"{modelType}\"/> from the object the reader is on, leaving the reader on its end.");
        writer.Doc("param", "A reader positioned on the object's start.", "name=\"reader\"");
        writer.Doc("returns", "The model.");
        writer.Doc("exception", "The JSON is not an object of this shape.", "cref=\"global::System.Text.Json.JsonException\"");
        writer.OpenBlock($"public static {modelType} Read(ref {CSharp.Reader} reader)");
        writer.Line($"{CSharp.Runtime}.JsonValues.AssertStartObject(ref reader, {SourceWriter.Literal(model.Name)});");
        foreach (var property in model.Properties)
        {
            var type = ModelEmitter.PropertyType(property, ns, style);
            writer.Line($"{type} {Local(property)} = default{(property.Nullable || property.Type.IsValueType ? string.Empty : CSharp.Forgive(style))};");
            if (!property.Nullable)
            {
                writer.Line($"var {Seen(property)} = false;");
            }
        }

        writer.Line();
        writer.OpenBlock($"while ({CSharp.Runtime}.JsonValues.NextProperty(ref reader))");
        var first = true;
        foreach (var property in model.Properties)
        {
            writer.OpenBlock($"{(first ? string.Empty : "else ")}if (reader.ValueTextEquals({property.Name}Name))");
            first = false;
            writer.Line("reader.Read();");
            var itemReader = "Read" + property.Name + "Item";
            var read = property.Nullable
                ? json.ReadNullable(property.Type, property.AcceptsString, itemReader, style)
                : json.Read(property.Type, property.AcceptsString, itemReader);
            writer.Line($"{Local(property)} = {read};");
            if (!property.Nullable)
            {
                writer.Line($"{Seen(property)} = true;");
            }

            writer.CloseBlock();
        }

        if (first)
        {
            writer.Line($"{CSharp.Runtime}.JsonValues.SkipValue(ref reader);");
        }
        else
        {
            writer.OpenBlock("else");
            writer.Line($"{CSharp.Runtime}.JsonValues.SkipValue(ref reader);");
            writer.CloseBlock();
        }

        writer.CloseBlock();
        foreach (var property in model.Properties.Where(p => !p.Nullable))
        {
            writer.Line();
            writer.OpenBlock($"if (!{Seen(property)})");
            writer.Line($"throw {CSharp.Runtime}.JsonValues.MissingProperty({SourceWriter.Literal(model.Name)}, {SourceWriter.Literal(property.WireName)});");
            writer.CloseBlock();
        }

        writer.Line();
        writer.Line($"return new {modelType}({string.Join(", ", model.Properties.Select(Local))});");
        writer.CloseBlock();
        json.WriteItemReaders(writer);
        writer.CloseBlock();
    }

    private static string Local(PropertyModel property)
    {
        var local = char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
        return Names.Escape(local == "reader" ? local + "Value" : local);
    }

    private static string Seen(PropertyModel property) => "has" + property.Name;
}
