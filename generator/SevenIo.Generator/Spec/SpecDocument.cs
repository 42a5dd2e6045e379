using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>
/// What one spec file declares, read on its own: names as written and types as text, each with its
/// place in the file. Resolving types and deciding C# names happens once all files are read.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Client">The client the file declares; null when it has errors.</param>
/// <param name="Enums">The enums without errors.</param>
/// <param name="Models">The models without errors.</param>
/// <param name="Groups">The operation groups; operations with errors are left out.</param>
/// <param name="BrokenEnums">Enums declared with errors: what uses them is left out, not reported as unknown.</param>
/// <param name="BrokenModels">Models declared with errors, likewise.</param>
/// <param name="Diagnostics">Every problem found in the file on its own.</param>
internal sealed record SpecDocument(
    string Path,
    ClientDeclaration? Client,
    EquatableArray<EnumDeclaration> Enums,
    EquatableArray<ModelDeclaration> Models,
    EquatableArray<GroupDeclaration> Groups,
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
    FailureModel Failure,
    string? ConfigurationSection,
    Declared At);

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

internal sealed record ModelDeclaration(string Name, string? Description, EquatableArray<PropertyDeclaration> Properties, Declared At);

internal sealed record PropertyDeclaration(NameDeclaration Name, TypeReference Type, bool Nullable, string? Description);

/// <summary>
/// An operation group. <c>ClassName</c> is the explicit <c>groups.X.className</c>, or null for <c>XClient</c>;
/// <c>At</c> is the group's key under <c>operations</c>, and <c>ClassNameAt</c> where the class name
/// comes from (<c>className</c>, else the key).
/// </summary>
internal sealed record GroupDeclaration(string Name, string? ClassName, string? Description, EquatableArray<OperationDeclaration> Operations, Declared At, Declared ClassNameAt);

/// <summary>An operation; <c>Path</c> is the path split into literal text and placeholders (by wire name).</summary>
internal sealed record OperationDeclaration(
    string Name,
    string HttpMethod,
    string PathTemplate,
    EquatableArray<PathSegment> Path,
    ParameterLocationKind ParameterLocation,
    string? Description,
    EquatableArray<ParameterSetDeclaration> ParameterSets,
    ResponseDeclaration Response,
    Declared At);

internal sealed record ParameterSetDeclaration(string? Description, EquatableArray<ParameterDeclaration> Parameters, Declared At);

internal sealed record ParameterDeclaration(
    NameDeclaration Name,
    TypeReference Type,
    bool Required,
    bool InPath,
    DefaultValue? Default,
    string? Description);

/// <summary>A parameter's documented default as written; whether it fits is known once its type is.</summary>
internal sealed record DefaultValue(JsonKind Kind, string Text, Declared At);

internal sealed record ResponseDeclaration(TypeReference Type, string? Property, string? Description);

/// <summary>A type as the spec writes it (<c>Hook[]</c>, <c>datetime</c>), with its format, resolved once every file is read.</summary>
internal sealed record TypeReference(string Text, string? Format, Declared At);
