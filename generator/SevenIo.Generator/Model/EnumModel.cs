using SevenIo.Generator.Collections;

namespace SevenIo.Generator.Model;

/// <summary>An extensible enum: a struct over the wire string with one static property per known value.</summary>
/// <param name="Name">The struct.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="Members">The known values.</param>
/// <param name="ValueField">The private field that holds the wire string.</param>
internal sealed record EnumModel(string Name, string? Description, EquatableArray<EnumMemberModel> Members, string ValueField)
{
    /// <summary>The nested System.Text.Json converter every enum struct declares; no value takes its name.</summary>
    public const string ConverterClass = "JsonConverter";
}

/// <param name="Name">The static property.</param>
/// <param name="WireValue">The value as the gateway writes it.</param>
/// <param name="Constant">The private constant that holds <paramref name="WireValue"/>.</param>
/// <param name="Description">The XML doc summary.</param>
internal sealed record EnumMemberModel(string Name, string WireValue, string Constant, string? Description);
