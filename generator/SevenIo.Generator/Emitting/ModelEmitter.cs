using System.Linq;
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
            first = false;
        }

        if (model.PartialSuccess is { } partial)
        {
            if (!first)
            {
                writer.Line();
            }

            EmitPartialSuccess(writer, ns, model, partial, conventions);
        }

        writer.CloseBlock();
    }

    /// <summary>Which entries were refused, whether none was, and the method that throws when one was.</summary>
    private static void EmitPartialSuccess(SourceWriter writer, string ns, ObjectModel model, PartialSuccessModel partial, Conventions conventions)
    {
        var itemType = CSharp.Type(partial.ItemType, ns);
        var item = new LocalNames(model.Properties.Select(p => p.Name)).Pick("item");
        var accepted = $"{item} => {item}.{CSharp.Id(partial.Success.Name)}";
        var code = partial.Code switch
        {
            null => "null",
            { } step when partial.CodeType!.Kind == ValueKind.Enum => $"{item} => {item}.{CSharp.Id(step.Name)}{(step.Nullable ? "?" : string.Empty)}.ToString()",
            { } step => $"{item} => {item}.{CSharp.Id(step.Name)}",
        };
        var items = CSharp.Id(partial.Items);
        var successCref = $"{itemType}.{CSharp.Id(partial.Success.Name)}";
        writer.Doc("summary", $"The entries of <see cref=\"{items}\"/> the {conventions.Service} refused: those whose <see cref=\"{successCref}\"/> is <c>false</c>. Empty when it refused none; worked out on each read.");
        writer.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
        writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{itemType}> {CSharp.Id(partial.Refused)} => {RuntimeContract.PartialSuccess}.Refused({items}, {accepted});");
        writer.Line();
        writer.Doc("summary", $"Whether the {conventions.Service} accepted every entry of <see cref=\"{items}\"/>.");
        writer.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
        writer.Line($"public bool {CSharp.Id(partial.AllAccepted)} => {CSharp.Id(partial.Refused)}.Count == 0;");
        writer.Line();
        writer.Doc("summary", $"Throws when the {conventions.Service} refused any entry of <see cref=\"{items}\"/>: for a caller that treats a partial success as a failure.");
        writer.Doc("returns", "This instance, when no entry was refused.");
        writer.Doc("exception", $"At least one entry was refused; the exception holds them (<c>Refused</c>), and its message their codes.", $"cref=\"{RuntimeContract.SevenPartialFailureException}{{T}}\"");
        writer.OpenBlock($"public {CSharp.Id(model.Name)} {CSharp.Id(partial.Ensure)}()");
        writer.Line($"{RuntimeContract.PartialSuccess}.EnsureAllAccepted({items}, {accepted}, {code}, {SourceWriter.Literal(conventions.Service)}, {SourceWriter.Literal(partial.Items)});");
        writer.Line("return this;");
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
