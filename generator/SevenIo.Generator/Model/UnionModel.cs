using SevenIo.Generator.Collections;

namespace SevenIo.Generator.Model;

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
