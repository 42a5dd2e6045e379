using SevenIo.Generator.Collections;

namespace SevenIo.Generator.Model;

/// <summary>The client class, its options and how it talks to the gateway.</summary>
/// <param name="Namespace">The namespace of every generated type of the client.</param>
/// <param name="Name">The client class.</param>
/// <param name="OptionsName">The options class.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="BaseAddress">The default base address.</param>
/// <param name="ApiKeyHeader">The header that carries the API key.</param>
/// <param name="Headers">Headers every request carries, e.g. <c>Accept: application/json</c>.</param>
/// <param name="Failure">How a response body reports failure.</param>
/// <param name="ConfigurationSection">Where dependency injection reads the options from.</param>
/// <param name="Groups">One property per operation group.</param>
/// <param name="FailureField">The private static field that holds <paramref name="Failure"/>.</param>
/// <param name="HeadersField">The private static field that holds <paramref name="Headers"/>.</param>
/// <param name="OptionsWithKeyMethod">The private static method that builds options from a key.</param>
internal sealed record ClientModel(
    string Namespace,
    string Name,
    string OptionsName,
    string? Description,
    string BaseAddress,
    string ApiKeyHeader,
    EquatableArray<HeaderModel> Headers,
    FailureModel Failure,
    string ConfigurationSection,
    EquatableArray<GroupReference> Groups,
    string FailureField,
    string HeadersField,
    string OptionsWithKeyMethod)
{
    /// <summary>The client's full name: its activity source and logger category.</summary>
    public string FullName => Namespace + "." + Name;
}

/// <summary>How a response body reports failure.</summary>
/// <param name="SuccessMember">The member that is <c>false</c> on failure, or holds a code.</param>
/// <param name="CodeMembers">The members that may hold the error code, first one first.</param>
/// <param name="MessageMembers">The members that may hold the error message, first one first.</param>
/// <param name="CodeBody">A body that is only a code (<c>900</c>, <c>"900"</c>) is an error; null when the spec does not say (then it is not, unless the client says so).</param>
/// <param name="SuccessCodes">The codes of the success member that mean success (<c>100</c>); none: only <c>false</c> fails.</param>
/// <param name="SuccessIsResult">An operation's <c>"success": null</c>: its answers carry no call-level success member, so a <c>success</c> in them is part of the result (a lookup's verdict on a number), never a failure.</param>
internal sealed record FailureModel(string SuccessMember, EquatableArray<string> CodeMembers, EquatableArray<string> MessageMembers, bool? CodeBody, EquatableArray<string> SuccessCodes, bool SuccessIsResult = false);

/// <summary>A header with a fixed value.</summary>
internal sealed record HeaderModel(string Name, string Value);

/// <summary>What the client class knows of a group: the property that exposes it and its class.</summary>
internal sealed record GroupReference(string PropertyName, string ClassName, string? Description);

/// <summary>
/// <c>services.Add&lt;Client&gt;(...)</c>, emitted when the compilation has Microsoft.Extensions.Http 8
/// or later. It lives in Microsoft.Extensions.DependencyInjection, as such extensions do.
/// </summary>
/// <param name="ClassName">The static class.</param>
/// <param name="AddMethod">The extension method.</param>
/// <param name="BindMethod">The private method that reads the configuration section.</param>
/// <param name="Client">The client it registers.</param>
internal sealed record DependencyInjectionModel(string ClassName, string AddMethod, string BindMethod, ClientModel Client)
{
    public const string Namespace = "Microsoft.Extensions.DependencyInjection";
}
