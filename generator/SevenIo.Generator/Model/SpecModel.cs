namespace SevenIo.Generator.Model;

/// <summary>Everything one spec file describes, validated and ready to emit.</summary>
internal sealed record SpecModel(
    ClientModel Client,
    EquatableArray<EnumModel> Enums,
    EquatableArray<ObjectModel> Models,
    EquatableArray<GroupModel> Groups);

/// <summary>The client class, its options and how it talks to the gateway.</summary>
internal sealed record ClientModel(
    string Name,
    string Namespace,
    string BaseAddress,
    string ApiKeyHeader,
    string? Description,
    FailureEnvelopeModel Failure,
    string ConfigurationSection,
    EquatableArray<GroupReference> Groups)
{
    public string OptionsName => Name + "Options";
}

/// <summary>The member names with which the gateway reports failure inside a body.</summary>
internal sealed record FailureEnvelopeModel(string SuccessProperty, string? CodeProperty, string? MessageProperty);

/// <summary>What the client class needs to know of a group: the property that exposes it.</summary>
internal sealed record GroupReference(string PropertyName, string ClassName, string? Description);

internal sealed record EnumModel(string Name, string? Description, EquatableArray<EnumMemberModel> Members);

internal sealed record EnumMemberModel(string Name, string WireValue, string? Description);

internal sealed record ObjectModel(string Name, string? Description, EquatableArray<PropertyModel> Properties);

/// <param name="Name">The C# property name.</param>
/// <param name="WireName">The JSON member name.</param>
/// <param name="Type">The value type.</param>
/// <param name="Nullable">The gateway may send null or leave the member out.</param>
/// <param name="AcceptsString">A number or boolean may arrive as a JSON string.</param>
/// <param name="Description">The XML doc summary.</param>
internal sealed record PropertyModel(string Name, string WireName, TypeModel Type, bool Nullable, bool AcceptsString, string? Description);

/// <summary>A group of operations, emitted as one client class exposed by a property of the main client.</summary>
internal sealed record GroupModel(string Name, string ClassName, string? Description, EquatableArray<OperationModel> Operations);

/// <param name="Name">The C# method name without the Async suffix.</param>
/// <param name="Method">The HTTP method in upper case.</param>
/// <param name="Path">The path template, e.g. /api/hooks or /api/hooks/{id}.</param>
/// <param name="ParameterLocation">Where the non-path parameters go.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="ParameterSets">One C# overload each.</param>
/// <param name="Response">What a successful call returns.</param>
internal sealed record OperationModel(
    string Name,
    string Method,
    string Path,
    ParameterLocationKind ParameterLocation,
    string? Description,
    EquatableArray<ParameterSetModel> ParameterSets,
    ResponseModel Response);

internal enum ParameterLocationKind
{
    Query,
    Form,
    Json,
}

/// <summary>One way of calling an operation, e.g. delete by id or delete by target URL.</summary>
internal sealed record ParameterSetModel(string? Description, EquatableArray<ParameterModel> Parameters);

/// <param name="Name">The C# parameter name.</param>
/// <param name="WireName">The name on the wire.</param>
/// <param name="Type">The value type.</param>
/// <param name="Required">Whether the caller must pass it.</param>
/// <param name="DefaultDescription">The gateway's default when left out, as documentation.</param>
/// <param name="Description">The XML doc text.</param>
/// <param name="InPath">The parameter fills a {placeholder} in the path.</param>
internal sealed record ParameterModel(
    string Name,
    string WireName,
    TypeModel Type,
    bool Required,
    string? DefaultDescription,
    string? Description,
    bool InPath);

/// <param name="Type">The result type.</param>
/// <param name="Property">The member of the root object that holds the result; null when the root object is the result.</param>
/// <param name="Description">The XML doc returns text.</param>
internal sealed record ResponseModel(TypeModel Type, string? Property, string? Description);
