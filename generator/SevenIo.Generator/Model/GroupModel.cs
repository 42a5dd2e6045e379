using System.Linq;
using SevenIo.Generator.Collections;

namespace SevenIo.Generator.Model;

/// <summary>A group of operations, emitted as one class exposed by a property of the client.</summary>
/// <param name="Name">The group's spec name, e.g. <c>Hooks</c>.</param>
/// <param name="ClassName">The class.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="Operations">The operations.</param>
/// <param name="PipelineField">The private field that holds the pipeline.</param>
internal sealed record GroupModel(string Name, string ClassName, string? Description, EquatableArray<OperationModel> Operations, string PipelineField);

/// <param name="TelemetryName">The operation's activity and log name, e.g. <c>Hooks.List</c>.</param>
/// <param name="HttpMethod">The HTTP method in upper case.</param>
/// <param name="PathTemplate">The path as the spec writes it, for documentation.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="Overloads">One C# method each.</param>
/// <param name="Response">What a successful call returns, and the names of its reader.</param>
/// <param name="Failure">How this operation's responses report failure, when it differs from the client's.</param>
/// <param name="FailureField">The private static field that holds <paramref name="Failure"/>.</param>
/// <param name="Paging">How the operation pages, when it is one page of a longer list: then each overload has a second method that walks every page.</param>
internal sealed record OperationModel(
    string TelemetryName,
    string HttpMethod,
    string PathTemplate,
    string? Description,
    EquatableArray<OverloadModel> Overloads,
    ResponseModel Response,
    FailureModel? Failure,
    string? FailureField,
    PagingModel? Paging = null);

/// <summary>The method that walks every page of a list operation, one call of the one-page method per page.</summary>
/// <param name="MethodName">The method, e.g. <c>ListAllAsync</c>.</param>
/// <param name="ItemType">One entry of the list.</param>
/// <param name="Items">The members from the response to a page's entries; empty when the response is the list.</param>
/// <param name="HasMore">The members from the response to the boolean that says more follow; empty when pages say nothing of it.</param>
/// <param name="OffsetWireName">The parameter that says where a page starts.</param>
/// <param name="LimitWireName">The parameter that says how many entries a page holds at most.</param>
/// <param name="PageSize">How many entries a full page holds when no limit is asked: the limit's documented default.</param>
internal sealed record PagingModel(string MethodName, TypeModel ItemType, EquatableArray<MemberStep> Items, EquatableArray<MemberStep> HasMore, string OffsetWireName, string LimitWireName, int PageSize);

/// <summary>A property on the way from a response to a value; <paramref name="Nullable"/>: it may be null, so the next step needs <c>?.</c>.</summary>
internal sealed record MemberStep(string Name, bool Nullable);

/// <summary>Where a parameter goes.</summary>
internal enum ParameterLocationKind
{
    Query,
    Form,
    Json,
    Path,
}

/// <summary>How a list goes into a query string or form body (the runtime's ArrayStyle).</summary>
internal enum ArrayStyleKind
{
    Repeat,
    Brackets,
    Indexed,
    Comma,
}

/// <summary>A piece of a path: literal text, or the C# parameter whose value fills a placeholder.</summary>
internal sealed record PathSegment(string Text, bool IsParameter);

/// <summary>One C# method of an operation.</summary>
/// <param name="MethodName">The method, e.g. <c>DeleteAsync</c>.</param>
/// <param name="Summary">The XML doc summary in sentences, from the spec; null when it has none.</param>
/// <param name="Parameters">The parameters in spec order, which is the order they go on the wire; fixed values among them.</param>
/// <param name="Signature">The C# parameters in C# order: required first, then optional, each in spec order.</param>
/// <param name="Path">The path split into literal text and the parameters (by C# name) that fill its placeholders.</param>
/// <param name="CancellationToken">The name of the trailing CancellationToken parameter.</param>
/// <param name="Options">The options class that holds the optional parameters, when there are too many for arguments; they are then not in <paramref name="Signature"/>.</param>
internal sealed record OverloadModel(string MethodName, string? Summary, EquatableArray<ParameterModel> Parameters, EquatableArray<ParameterModel> Signature, EquatableArray<PathSegment> Path, string CancellationToken, OperationOptionsModel? Options = null);

/// <summary>The optional parameters of one operation as a class: adding one to the spec adds a property, not an argument.</summary>
/// <param name="ClassName">The class, e.g. <c>SmsSendOptions</c>.</param>
/// <param name="GroupClass">The group class whose method takes it.</param>
/// <param name="MethodName">That method.</param>
/// <param name="Parameter">The method's parameter that takes it.</param>
/// <param name="Options">Each optional parameter with its property, in spec order.</param>
internal sealed record OperationOptionsModel(string ClassName, string GroupClass, string MethodName, string Parameter, EquatableArray<OptionModel> Options)
{
    /// <summary>The property that holds a parameter (by its C# name); null when the parameter is an argument of its own.</summary>
    public string? PropertyOf(string parameter) => Options.FirstOrDefault(o => o.Parameter.Name == parameter)?.Property;
}

/// <param name="Property">The options class's property.</param>
/// <param name="Parameter">The parameter it sends.</param>
internal sealed record OptionModel(string Property, ParameterModel Parameter);

/// <summary>How an argument is checked before anything is sent.</summary>
internal enum ArgumentCheck
{
    None,
    NotNull,
    NotNullOrEmpty,
    NotDefault,
    HttpUri,
    HttpUriOrNull,

    /// <summary>An optional list sent as one field per item: an empty one would send nothing, so it is refused.</summary>
    NotEmptyList,

    /// <summary>A required list sent as one field per item: null or empty is refused.</summary>
    NotNullOrEmptyList,
}

/// <param name="Name">The C# parameter; for a fixed value, the generator's field that holds it.</param>
/// <param name="WireName">The name on the wire.</param>
/// <param name="Type">The value type.</param>
/// <param name="Required">Whether the caller must pass it.</param>
/// <param name="Location">Where it goes: the path, the query, a form or a JSON body.</param>
/// <param name="Style">How a list is written in a query or form.</param>
/// <param name="BooleanWords">A boolean is written <c>true</c>/<c>false</c> rather than <c>1</c>/<c>0</c>.</param>
/// <param name="Value">A fixed value that is always sent; then the parameter is no C# parameter.</param>
/// <param name="Check">How the argument is checked.</param>
/// <param name="DefaultDescription">The gateway's default when left out, as documentation.</param>
/// <param name="Description">The XML doc text.</param>
internal sealed record ParameterModel(
    string Name,
    string WireName,
    TypeModel Type,
    bool Required,
    ParameterLocationKind Location,
    ArrayStyleKind Style,
    bool BooleanWords,
    string? Value,
    ArgumentCheck Check,
    string? DefaultDescription,
    string? Description)
{
    public bool InPath => Location == ParameterLocationKind.Path;

    /// <summary>The name as the request writes it into a query or form: <see cref="WireName"/> escaped for its place.</summary>
    public string FieldName => WireEscaping.Escape(WireName, Location);
}

/// <param name="Type">The result type.</param>
/// <param name="WireProperty">The member of the root object that holds the result; null when the root value is the result.</param>
/// <param name="Description">The XML doc returns text.</param>
/// <param name="PropertyField">The field with <paramref name="WireProperty"/> in UTF-8.</param>
/// <param name="ReaderField">The cached delegate handed to the pipeline.</param>
/// <param name="ReadMethod">The method that reads the result.</param>
/// <param name="IsText">The body is text rather than JSON; there is no reader then.</param>
internal sealed record ResponseModel(TypeModel Type, string? WireProperty, string? Description, string? PropertyField, string ReaderField, string ReadMethod, bool IsText);
