namespace SevenIo.Generator.Model;

/// <summary>An extensible enum: a struct over the wire string with one static property per known value.</summary>
/// <param name="Name">The struct.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="Members">The known values.</param>
/// <param name="ValueField">The private field that holds the wire string.</param>
internal sealed record EnumModel(string Name, string? Description, EquatableArray<EnumMemberModel> Members, string ValueField);

/// <param name="Name">The static property.</param>
/// <param name="WireValue">The value as the gateway writes it.</param>
/// <param name="Constant">The private constant that holds <paramref name="WireValue"/>.</param>
/// <param name="Description">The XML doc summary.</param>
internal sealed record EnumMemberModel(string Name, string WireValue, string Constant, string? Description);

/// <summary>A model class with settable properties, and the internal class that reads (and writes) it as JSON.</summary>
/// <param name="Name">The class.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="Properties">The properties in spec order.</param>
/// <param name="AdditionalProperties">The dictionary of the members the spec does not name; null when they are skipped.</param>
/// <param name="FromString">The property a bare JSON string fills, where the gateway sends one instead of the object.</param>
/// <param name="Json">The names inside the JSON class.</param>
/// <param name="BaseClass">The <c>oneOf</c> model this model is one case of, which it derives from; null for none.</param>
internal sealed record ObjectModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    AdditionalPropertiesModel? AdditionalProperties,
    string? FromString,
    JsonClassModel Json,
    string? BaseClass = null);

/// <summary>
/// A <c>oneOf</c> model: an abstract class that each case's model derives from, and the JSON class
/// that looks at the object's members to pick the case and reads it with that model's reader.
/// </summary>
/// <param name="Name">The abstract class.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="Cases">The cases, tried in order.</param>
/// <param name="JsonClass">The internal class that reads it.</param>
internal sealed record UnionModel(string Name, string? Description, EquatableArray<UnionCaseModel> Cases, string JsonClass);

/// <param name="Model">The case's model class.</param>
/// <param name="JsonClass">The case model's JSON class.</param>
/// <param name="WhenMember">The member whose presence (not null) picks the case; null: the case when no other matches.</param>
/// <param name="WhenEquals">The value the member must have, as JSON text of a string, number or boolean; null: any.</param>
/// <param name="MemberField">The union JSON class's field with <paramref name="WhenMember"/> in UTF-8.</param>
internal sealed record UnionCaseModel(string Model, string JsonClass, string? WhenMember, string? WhenEquals, string? MemberField);

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
/// <param name="SeenLocal">The reader's flag that the (required) member was found; null for a nullable member.</param>
internal sealed record PropertyModel(string Name, string WireName, TypeModel Type, bool Nullable, string? Description, string JsonNameField, string? SeenLocal);

/// <summary>The names inside a model's internal JSON class and its methods.</summary>
/// <param name="ClassName">The class.</param>
/// <param name="Locals">The locals of the read method.</param>
/// <param name="Writes">The model is sent as JSON (a parameter, or inside one), so the class can write it too.</param>
internal sealed record JsonClassModel(string ClassName, ReaderLocals Locals, bool Writes)
{
    /// <summary>The method that reads one model; the class holds nothing else of that name.</summary>
    public const string ReadMethod = "Read";

    /// <summary>The method that writes one model; the class holds nothing else of that name.</summary>
    public const string WriteMethod = "Write";
}

/// <summary>The locals of a generated read method besides its <c>reader</c> parameter.</summary>
/// <param name="Result">The value being built.</param>
/// <param name="Items">The list an array (or dictionary) is read into.</param>
/// <param name="Cursor">The position in an array being read.</param>
/// <param name="Additional">The dictionary the members a model's spec does not name are read into.</param>
/// <param name="Key">The name of such a member.</param>
internal sealed record ReaderLocals(string Result, string Items, string Cursor, string Additional, string Key);
