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

/// <summary>A model class with settable properties, and the internal class that reads it as JSON.</summary>
/// <param name="Name">The class.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="Properties">The properties in spec order.</param>
/// <param name="Json">The names inside the JSON class.</param>
internal sealed record ObjectModel(string Name, string? Description, EquatableArray<PropertyModel> Properties, JsonClassModel Json);

/// <param name="Name">The C# property.</param>
/// <param name="WireName">The JSON member.</param>
/// <param name="Type">The value type.</param>
/// <param name="Nullable">The gateway may send null or leave the member out; otherwise a response without it is an error.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="JsonNameField">The JSON class's field with the member name in UTF-8.</param>
/// <param name="SeenLocal">The reader's flag that the (required) member was found; null for a nullable member.</param>
internal sealed record PropertyModel(string Name, string WireName, TypeModel Type, bool Nullable, string? Description, string JsonNameField, string? SeenLocal);

/// <summary>The names inside a model's internal JSON class and its read method.</summary>
/// <param name="ClassName">The class.</param>
/// <param name="Locals">The locals of the read method.</param>
internal sealed record JsonClassModel(string ClassName, ReaderLocals Locals)
{
    /// <summary>The method that reads one model; the class holds nothing else of that name.</summary>
    public const string ReadMethod = "Read";
}

/// <summary>The locals of a generated read method besides its <c>reader</c> parameter.</summary>
/// <param name="Result">The value being built.</param>
/// <param name="Items">The list an array is read into.</param>
/// <param name="Cursor">The position in an array being read.</param>
internal sealed record ReaderLocals(string Result, string Items, string Cursor);
