using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Reading;

/// <summary>
/// What one spec file declares, read on its own: names as written and types as text, each with its
/// place in the file. Resolving types and deciding C# names happens once all files are read.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="IsPackaged">The file comes with the package (MSBuild metadata <c>SevenIoPackaged</c>), not from the user.</param>
/// <param name="ContentHash">A hash of the file's text: among the user's files that declare the same names, the order they merge in, so that a file's name never changes what is generated.</param>
/// <param name="Client">The client the file declares; null when it has errors or only extends one.</param>
/// <param name="Extends">The client the file adds to (<c>"client": "SevenClient"</c>); null when it declares one.</param>
/// <param name="Enums">The enums without errors.</param>
/// <param name="Models">The models without errors.</param>
/// <param name="Groups">The operation groups; operations with errors are left out.</param>
/// <param name="Events">The webhook events without errors.</param>
/// <param name="BrokenEnums">Enums declared with errors: what uses them is left out, not reported as unknown.</param>
/// <param name="BrokenModels">Models declared with errors, likewise.</param>
/// <param name="Diagnostics">Every problem found in the file on its own.</param>
internal sealed record SpecDocument(
    string Path,
    bool IsPackaged,
    ulong ContentHash,
    ClientDeclaration? Client,
    ClientReference? Extends,
    EquatableArray<EnumDeclaration> Enums,
    EquatableArray<ModelDeclaration> Models,
    EquatableArray<GroupDeclaration> Groups,
    EquatableArray<EventDeclaration> Events,
    EquatableArray<string> BrokenEnums,
    EquatableArray<string> BrokenModels,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Where a declaration is: its JSON path for messages and the span of its name for locations.</summary>
internal readonly record struct Declared(string JsonPath, SpecLocation Location);

internal sealed record ClientDeclaration(
    string Name,
    string Namespace,
    string? Description,
    string BaseAddress,
    string ApiKeyHeader,
    EquatableArray<HeaderModel> Headers,
    FailureModel Failure,
    string? ConfigurationSection,
    Conventions Conventions,
    Declared At)
{
    public string FullName => Namespace + "." + Name;
}

/// <summary>A client that a spec file adds to, by its name or full name.</summary>
internal sealed record ClientReference(string Name, Declared At);

internal sealed record EnumDeclaration(string Name, string? Description, EquatableArray<EnumValueDeclaration> Values, Declared At);

/// <summary>A name on the wire and the C# name given for it, if any, with where each is written.</summary>
/// <param name="Wire">The wire name.</param>
/// <param name="CSharpName">The explicit <c>csharpName</c>, or null to derive one from the wire name.</param>
/// <param name="WireAt">Where the wire name is written.</param>
/// <param name="NameAt">Where the C# name comes from: the <c>csharpName</c>, else the wire name.</param>
internal sealed record NameDeclaration(string Wire, string? CSharpName, Declared WireAt, Declared NameAt)
{
    /// <summary>The JSON path of the item the names belong to, e.g. <c>models.Hook.properties[2]</c>.</summary>
    public string ItemPath => WireAt.JsonPath.Substring(0, WireAt.JsonPath.LastIndexOf('.'));
}

internal sealed record EnumValueDeclaration(NameDeclaration Name, string? Description);

/// <summary>
/// A model. <c>AdditionalProperties</c> is the type of the members the spec does not name, kept in a
/// dictionary (null: skipped); <c>FromString</c> names the member that a bare JSON string fills
/// where the gateway sometimes sends one instead of the object. A model with <c>OneOf</c> cases has
/// no properties of its own: it is one of those models, told apart by their members.
/// </summary>
internal sealed record ModelDeclaration(
    string Name,
    string? Description,
    EquatableArray<PropertyDeclaration> Properties,
    TypeReference? AdditionalProperties,
    WireReference? FromString,
    EquatableArray<UnionCaseDeclaration> OneOf,
    Declared At,
    PartialSuccessDeclaration? PartialSuccess = null)
{
    public bool IsUnion => OneOf.Count > 0;
}

/// <summary>A model whose list <c>Items</c> holds entries that succeed or fail each on its own: by the entry's boolean <c>Success</c>, with <c>Code</c> saying why not.</summary>
internal sealed record PartialSuccessDeclaration(WireReference Items, WireReference Success, WireReference? Code, Declared At);

/// <summary>
/// One shape of a <c>oneOf</c> model: the model, and when the JSON is that shape: it has the member
/// <c>WhenMember</c> (not null), equal to <c>WhenEquals</c> if given. No condition: the shape when
/// no other matches.
/// </summary>
internal sealed record UnionCaseDeclaration(TypeReference Model, string? WhenMember, string? WhenEquals, Declared At);

/// <summary>A webhook event: its <c>webhook_event</c> name (and C# class name, if given) and the model of its data.</summary>
internal sealed record EventDeclaration(NameDeclaration Name, TypeReference Data, string? Description, Declared At);

/// <summary>A wire name that refers to something declared elsewhere, with where it is written.</summary>
internal sealed record WireReference(string Name, Declared At);

internal sealed record PropertyDeclaration(NameDeclaration Name, TypeReference Type, bool Nullable, string? Description);

/// <summary>
/// An operation group. <c>ClassName</c> is the explicit <c>groups.X.className</c>, or null for <c>XClient</c>;
/// <c>At</c> is the group's key under <c>operations</c>, and <c>ClassNameAt</c> where the class name
/// comes from (<c>className</c>, else the key).
/// </summary>
internal sealed record GroupDeclaration(string Name, string? ClassName, string? Description, EquatableArray<OperationDeclaration> Operations, Declared At, Declared ClassNameAt);

/// <summary>
/// An operation. <c>Path</c> is the path split into literal text and placeholders (by wire name).
/// An operation without a method, path and response only adds parameters to the operation of the
/// same name that another file declares (an overlay); <c>Declares</c> says which kind it is.
/// </summary>
internal sealed record OperationDeclaration(
    string Name,
    string? HttpMethod,
    string? PathTemplate,
    EquatableArray<PathSegment> Path,
    ParameterLocationKind? ParameterLocation,
    string? Description,
    EquatableArray<ParameterSetDeclaration> ParameterSets,
    ResponseDeclaration? Response,
    FailureModel? Failure,
    PagingDeclaration? Paging,
    Declared At)
{
    public bool Declares => HttpMethod is not null || PathTemplate is not null || Response is not null;
}

internal sealed record ParameterSetDeclaration(string? Description, EquatableArray<ParameterDeclaration> Parameters, Declared At);

/// <summary>
/// A parameter. <c>Location</c> is where it goes when the spec says so (<c>in</c>), else the
/// operation's; <c>Style</c> how a list is written in a query or form; <c>Value</c> a fixed value
/// that is always sent and is no C# parameter.
/// </summary>
internal sealed record ParameterDeclaration(
    NameDeclaration Name,
    TypeReference Type,
    bool Required,
    bool InPath,
    ParameterLocationKind? Location,
    ArrayStyleKind? Style,
    string? Value,
    DefaultValue? Default,
    string? Description);

/// <summary>
/// How a list operation pages (<c>paging</c>): <c>Offset</c> and <c>Limit</c> name its parameters,
/// <c>Items</c> the response member with a page's entries (null: the response is the array),
/// <c>HasMore</c> the member path to the boolean that says more follow (empty: pages say nothing).
/// <c>NameAt</c> is where the paged method's name comes from (<c>csharpName</c>, else the paging).
/// </summary>
internal sealed record PagingDeclaration(string? CSharpName, WireReference Offset, WireReference Limit, WireReference? Items, EquatableArray<string> HasMore, Declared HasMoreAt, Declared NameAt, Declared At);

/// <summary>A parameter's documented default as written; whether it fits is known once its type is.</summary>
internal sealed record DefaultValue(JsonKind Kind, string Text, Declared At);

/// <summary>What an operation answers; <c>IsText</c>: the body is text (a JSON string's value, or the raw body).</summary>
internal sealed record ResponseDeclaration(TypeReference Type, string? Property, string? Description, bool IsText);

/// <summary>A type as the spec writes it (<c>Hook[]</c>, <c>datetime</c>), with its format, resolved once every file is read.</summary>
internal sealed record TypeReference(string Text, string? Format, Declared At);
