using System.Linq;
using SevenIo.Generator.Model;
using SevenIo.Generator.Spec;

namespace SevenIo.Generator.Emit;

/// <summary>A response model: get-only properties set by one constructor, so tests can build one too.</summary>
internal static class ModelEmitter
{
    public static void Emit(SourceWriter writer, string ns, ObjectModel model, CodeStyle style)
    {
        var name = Names.Escape(model.Name);
        writer.Doc("summary", model.Description is null ? $"The {SourceWriter.XmlText(model.Name)} model." : SourceWriter.XmlText(model.Description));
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public partial class {name}");

        writer.Doc("summary", $"Initializes a new <see cref=\"{name}\"/>.");
        foreach (var property in model.Properties)
        {
            writer.Doc("param", PropertyDoc(property), $"name=\"{ParameterName(property)}\"");
        }

        var parameters = string.Join(", ", model.Properties.Select(p => $"{PropertyType(p, ns, style)} {Names.Escape(ParameterName(p))}"));
        writer.OpenBlock($"public {name}({parameters})");
        foreach (var property in model.Properties)
        {
            writer.Line($"{Names.Escape(property.Name)} = {Names.Escape(ParameterName(property))};");
        }

        writer.CloseBlock();
        foreach (var property in model.Properties)
        {
            writer.Line();
            writer.Doc("summary", PropertyDoc(property));
            writer.Line($"public {PropertyType(property, ns, style)} {Names.Escape(property.Name)} {{ get; }}");
        }

        writer.CloseBlock();
    }

    public static string PropertyType(PropertyModel property, string ns, CodeStyle style) =>
        property.Nullable ? CSharp.NullableType(property.Type, ns, style) : CSharp.Type(property.Type, ns);

    private static string ParameterName(PropertyModel property) =>
        char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);

    private static string PropertyDoc(PropertyModel property)
    {
        var wire = $"<c>{SourceWriter.XmlText(property.WireName)}</c>";
        var text = property.Description is null ? $"The {wire} member." : SourceWriter.XmlText(property.Description);
        return property.Nullable ? text + " <c>null</c> when the gateway sends none." : text;
    }
}
