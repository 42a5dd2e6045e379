using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Net.Http;

namespace SevenIo.Runtime;

/// <summary>
/// One call to the gateway as the generated code describes it: method, path and named parameters.
/// The pipeline turns it into an <see cref="HttpRequestMessage"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiRequest
{
    private readonly List<RequestParameter> _parameters = new();

    /// <summary>Initializes a new request.</summary>
    /// <param name="operationName">The operation, e.g. <c>Hooks.List</c>: the name of its activity and log scope.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the client's base address, already expanded and escaped.</param>
    /// <param name="parameterLocation">Where the parameters go.</param>
    public ApiRequest(string operationName, HttpMethod method, string path, ParameterLocation parameterLocation)
    {
        Argument.AssertNotNullOrEmpty(operationName, nameof(operationName));
        OperationName = operationName;
        Argument.AssertNotNull(method, nameof(method));
        Argument.AssertNotNull(path, nameof(path));
        Method = method;
        Path = path;
        ParameterLocation = parameterLocation;
    }

    /// <summary>The operation, e.g. <c>Hooks.List</c>.</summary>
    public string OperationName { get; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path relative to the base address.</summary>
    public string Path { get; }

    /// <summary>Where the parameters go.</summary>
    public ParameterLocation ParameterLocation { get; }

    /// <summary>The parameters in the order they were added.</summary>
    public IReadOnlyList<RequestParameter> Parameters => _parameters;

    /// <summary>Adds a string parameter.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The value.</param>
    public void Add(string name, string value) => _parameters.Add(new RequestParameter(name, value, RequestParameterKind.Text));

    /// <summary>Adds an integer parameter, written in invariant culture.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The value.</param>
    public void Add(string name, long value) =>
        _parameters.Add(new RequestParameter(name, value.ToString(CultureInfo.InvariantCulture), RequestParameterKind.Number));

    /// <summary>Adds a boolean parameter: <c>1</c> or <c>0</c> in a query or form, <c>true</c> or <c>false</c> in JSON.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The value.</param>
    public void Add(string name, bool value) =>
        _parameters.Add(new RequestParameter(name, value ? "1" : "0", RequestParameterKind.Boolean));

    /// <summary>Adds a date and time parameter in the given format, invariant culture.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The value.</param>
    /// <param name="format">The .NET format string the gateway expects.</param>
    public void Add(string name, DateTime value, string format) =>
        _parameters.Add(new RequestParameter(name, value.ToString(format, CultureInfo.InvariantCulture), RequestParameterKind.Text));
}

/// <summary>How a parameter's text is written in a JSON body.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum RequestParameterKind
{
    /// <summary>As a JSON string.</summary>
    Text,

    /// <summary>As a JSON number.</summary>
    Number,

    /// <summary>As <c>true</c> or <c>false</c>.</summary>
    Boolean,
}

/// <summary>One named parameter of an <see cref="ApiRequest"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct RequestParameter
{
    /// <summary>Initializes a new parameter.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The value as text (<c>1</c>/<c>0</c> for booleans).</param>
    /// <param name="kind">How the value is written in a JSON body.</param>
    public RequestParameter(string name, string value, RequestParameterKind kind)
    {
        Argument.AssertNotNull(name, nameof(name));
        Argument.AssertNotNull(value, nameof(value));
        Name = name;
        Value = value;
        Kind = kind;
    }

    /// <summary>The wire name.</summary>
    public string Name { get; }

    /// <summary>The value as text.</summary>
    public string Value { get; }

    /// <summary>How the value is written in a JSON body.</summary>
    public RequestParameterKind Kind { get; }
}
