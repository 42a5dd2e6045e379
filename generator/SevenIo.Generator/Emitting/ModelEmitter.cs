using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;
using SevenIo.Generator.Planning;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// A model: a class with settable properties, so that code building one (a test, a mock) keeps
/// compiling when the spec adds a property.
/// </summary>
internal static class ModelEmitter
{
    public static void Emit(SourceWriter writer, string ns, ObjectModel model, CodeStyle style, Conventions conventions)
    {
        writer.Doc("summary", model.Description is null ? $"The {SourceWriter.XmlText(model.Name)} model." : SourceWriter.XmlText(model.Description));
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock(model.BaseClass is null ? $"public partial class {CSharp.Id(model.Name)}" : $"public partial class {CSharp.Id(model.Name)} : {CSharp.Qualified(ns, model.BaseClass)}");
        var first = true;
        foreach (var property in model.Properties)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var neverNull = IsNeverNull(model, property);
            writer.Doc("summary", Documentation(property, neverNull, conventions));
            writer.Line(CSharp.JsonPropertyName(property.WireName));
            writer.Line($"public {(neverNull ? CSharp.Type(property.Type, ns) : PropertyType(property, ns, style))} {CSharp.Id(property.Name)} {{ get; set; }}{Initializer(property, neverNull, ns, style)}");
        }

        if (model.AdditionalProperties is { } additional)
        {
            if (!first)
            {
                writer.Line();
            }

            var valueType = CSharp.Type(additional.Type, ns);
            writer.Doc("summary", $"The members the {conventions.Service} sent that the spec does not name, by name.");
            writer.Line($"public global::System.Collections.Generic.IReadOnlyDictionary<string, {valueType}> {additional.Name} {{ get; set; }} = {RuntimeContract.JsonValues}.NoMembers<{valueType}>();");
        }

        writer.CloseBlock();
    }

    public static string PropertyType(PropertyModel property, string ns, CodeStyle style) =>
        property.Nullable ? CSharp.NullableType(property.Type, ns, style) : CSharp.Type(property.Type, ns);

    /// <summary>
    /// A collection of a model the client only reads is never null: empty when the answer leaves it
    /// out. A model the client sends keeps <c>null</c> for "not sent", so that an empty list the
    /// caller sets is sent as one.
    /// </summary>
    private static bool IsNeverNull(ObjectModel model, PropertyModel property) =>
        property.Nullable && property.Type.Kind == ValueKind.Array && !model.Json.Writes;

    /// <summary>What a reference property holds until it is set: nothing null where it can be avoided.</summary>
    private static string Initializer(PropertyModel property, bool neverNull, string ns, CodeStyle style)
    {
        if (property.Nullable && !neverNull)
        {
            return string.Empty;
        }

        return property.Type.Kind switch
        {
            ValueKind.String => " = string.Empty;",
            ValueKind.Array => $" = global::System.Array.Empty<{CSharp.Type(property.Type.Element!, ns)}>();",
            ValueKind.Model when property.CreatedByDefault => $" = new {CSharp.Type(property.Type, ns)}();",
            ValueKind.Model when style.NullableAnnotations => " = null!;",
            _ => string.Empty,
        };
    }

    private static string Documentation(PropertyModel property, bool neverNull, Conventions conventions)
    {
        var text = property.Description is null ? $"The <c>{SourceWriter.XmlText(property.WireName)}</c> member." : SourceWriter.XmlText(property.Description);
        return neverNull ? text + $" Empty when the {conventions.Service} sends none."
            : property.Nullable ? text + $" <c>null</c> when the {conventions.Service} sends none."
            : text;
    }
}
