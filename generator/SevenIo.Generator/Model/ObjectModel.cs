using SevenIo.Generator.Collections;

namespace SevenIo.Generator.Model;

/// <summary>A model class with settable properties, and the internal class that reads (and writes) it as JSON.</summary>
/// <param name="Name">The class.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="Properties">The properties in spec order.</param>
/// <param name="AdditionalProperties">The dictionary of the members the spec does not name; null when they are skipped.</param>
/// <param name="FromString">The property a bare JSON string fills, where the gateway sends one instead of the object.</param>
/// <param name="Json">The names inside the JSON class.</param>
/// <param name="BaseClass">The <c>oneOf</c> model this model is one case of, which it derives from; null for none.</param>
/// <param name="PartialSuccess">The members that say which entries of a list were refused, when its entries succeed or fail each on its own.</param>
internal sealed record ObjectModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    AdditionalPropertiesModel? AdditionalProperties,
    string? FromString,
    JsonClassModel Json,
    string? BaseClass = null,
    PartialSuccessModel? PartialSuccess = null);

/// <summary>A model whose list holds entries that each succeed or fail (a dispatch's messages): which were refused, and the opt-in throw.</summary>
/// <param name="Items">The list property.</param>
/// <param name="ItemsNullable">The list property may be null.</param>
/// <param name="ItemType">One entry.</param>
/// <param name="Success">The entry's boolean property that says it was accepted.</param>
/// <param name="Code">The entry's property that says why not; null when the spec names none.</param>
/// <param name="CodeType">That property's type: a string or an enum.</param>
/// <param name="Refused">The property with the refused entries.</param>
/// <param name="AllAccepted">The property that says none was refused.</param>
/// <param name="Ensure">The method that throws when one was.</param>
internal sealed record PartialSuccessModel(string Items, bool ItemsNullable, TypeModel ItemType, MemberStep Success, MemberStep? Code, TypeModel? CodeType, string Refused, string AllAccepted, string Ensure);

/// <summary>The dictionary property that keeps the members a model's spec does not name.</summary>
/// <param name="Name">The property.</param>
/// <param name="Type">The values' type.</param>
internal sealed record AdditionalPropertiesModel(string Name, TypeModel Type);

/// <param name="Name">The C# property.</param>
/// <param name="WireName">The JSON member.</param>
/// <param name="Type">The value type.</param>
/// <param name="Nullable">The gateway may send null or leave the member out; otherwise a response without it is an error.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="JsonNameField">The JSON class's field with the member name in UTF-8.</param>
/// <param name="CreatedByDefault">A required model member starts as a new, empty model (false where that would recurse: a cycle of required members).</param>
internal sealed record PropertyModel(string Name, string WireName, TypeModel Type, bool Nullable, string? Description, string JsonNameField, bool CreatedByDefault = false);

/// <summary>The names inside a model's internal JSON class and its methods.</summary>
/// <param name="ClassName">The class.</param>
/// <param name="Writes">The model is sent as JSON (a parameter, or inside one), so the class can write it too.</param>
internal sealed record JsonClassModel(string ClassName, bool Writes)
{
    /// <summary>The method that reads one model; the class holds nothing else of that name.</summary>
    public const string ReadMethod = "Read";

    /// <summary>The method that writes one model; the class holds nothing else of that name.</summary>
    public const string WriteMethod = "Write";
}
