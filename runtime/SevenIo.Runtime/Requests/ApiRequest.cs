using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text.Json;

namespace SevenIo.Runtime;

/// <summary>
/// One call to the gateway as the generated code describes it: method, path, query parameters, and
/// a form or JSON body. The pipeline turns it into an <see cref="HttpRequestMessage"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiRequest : IDisposable
{
    private List<KeyValuePair<string, string>>? _query;
    private List<KeyValuePair<string, string>>? _form;
    private MemoryStream? _jsonBuffer;
    private Utf8JsonWriter? _json;
    private readonly int _capacity;

    /// <summary>Initializes a new request.</summary>
    /// <param name="operationName">The operation, e.g. <c>Hooks.List</c>: the name of its activity and log scope.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the client's base address, already expanded and escaped.</param>
    public ApiRequest(string operationName, HttpMethod method, string path)
        : this(operationName, method, path, 0)
    {
    }

    /// <summary>Initializes a new request that expects about <paramref name="parameterCount"/> query and form fields.</summary>
    /// <param name="operationName">The operation, e.g. <c>Hooks.List</c>: the name of its activity and log scope.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the client's base address, already expanded and escaped.</param>
    /// <param name="parameterCount">How many fields the operation can send, lists counted once: the first field makes room for that many, so a request's fields take one array.</param>
    public ApiRequest(string operationName, HttpMethod method, string path, int parameterCount)
    {
        Argument.AssertNotNullOrEmpty(operationName, nameof(operationName));
        Argument.AssertNotNull(method, nameof(method));
        Argument.AssertNotNull(path, nameof(path));
        OperationName = operationName;
        Method = method;
        Path = path;
        _capacity = parameterCount < 0 ? throw new ArgumentOutOfRangeException(nameof(parameterCount), parameterCount, "The count must not be negative.") : parameterCount;
    }

    /// <summary>The operation, e.g. <c>Hooks.List</c>.</summary>
    public string OperationName { get; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path relative to the base address.</summary>
    public string Path { get; }

    /// <summary>How this operation's responses report failure, when it differs from the client's.</summary>
    public FailureEnvelope? Failure { get; set; }

    /// <summary>
    /// The JSON object body. The first use starts the object; the pipeline ends it. Generated code
    /// writes each parameter into it as a property.
    /// </summary>
    public Utf8JsonWriter Json
    {
        get
        {
            if (_form is not null)
            {
                throw new InvalidOperationException("A request has a form body or a JSON body, not both.");
            }

            if (_json is null)
            {
                _jsonBuffer = new MemoryStream();
                _json = new Utf8JsonWriter(_jsonBuffer);
                _json.WriteStartObject();
            }

            return _json;
        }
    }

    internal IReadOnlyList<KeyValuePair<string, string>>? Query => _query;

    internal List<KeyValuePair<string, string>>? Form => _form;

    /// <summary>Adds a query parameter.</summary>
    /// <param name="name">The wire name, escaped as it goes into a query (the generator escapes it once; <c>target_url</c> stays as it is).</param>
    /// <param name="value">The value as text.</param>
    public void AddQuery(string name, string value) => Add(ref _query, name, value, _capacity);

    /// <summary>Adds a list to the query, written in the given style.</summary>
    /// <param name="name">The wire name, escaped as it goes into a query.</param>
    /// <param name="values">The values as text.</param>
    /// <param name="style">How the list is written.</param>
    public void AddQuery(string name, IEnumerable<string> values, ArrayStyle style) => AddItems(ref _query, name, values, style, _capacity);

    /// <summary>Adds a form field.</summary>
    /// <param name="name">The wire name, escaped as it goes into a form (the generator escapes it once; <c>target_url</c> stays as it is).</param>
    /// <param name="value">The value as text.</param>
    public void AddForm(string name, string value)
    {
        AssertNoJson();
        Add(ref _form, name, value, _capacity);
    }

    /// <summary>Adds a list to the form, written in the given style.</summary>
    /// <param name="name">The wire name, escaped as it goes into a form.</param>
    /// <param name="values">The values as text.</param>
    /// <param name="style">How the list is written.</param>
    public void AddForm(string name, IEnumerable<string> values, ArrayStyle style)
    {
        AssertNoJson();
        AddItems(ref _form, name, values, style, _capacity);
    }

    /// <summary>Ends the JSON body, if there is one, and returns its bytes.</summary>
    internal ArraySegment<byte>? FinishJson()
    {
        if (_json is null)
        {
            return null;
        }

        _json.WriteEndObject();
        _json.Flush();
        return new ArraySegment<byte>(_jsonBuffer!.GetBuffer(), 0, (int)_jsonBuffer.Length);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _json?.Dispose();
        _jsonBuffer?.Dispose();
    }

    private static void Add(ref List<KeyValuePair<string, string>>? list, string name, string value, int capacity)
    {
        Argument.AssertNotNull(name, nameof(name));
        Argument.AssertNotNull(value, nameof(value));
        (list ??= new List<KeyValuePair<string, string>>(capacity)).Add(new KeyValuePair<string, string>(name, value));
    }

    private static void AddItems(ref List<KeyValuePair<string, string>>? list, string name, IEnumerable<string> values, ArrayStyle style, int capacity)
    {
        Argument.AssertNotNull(values, nameof(values));
        if (style == ArrayStyle.Comma)
        {
            Add(ref list, name, string.Join(",", values), capacity);
            return;
        }

        var index = 0;
        foreach (var value in values)
        {
            // Names arrive escaped, so the brackets are added escaped: ids[] is ids%5B%5D on the wire.
            var key = style switch
            {
                ArrayStyle.Brackets => name + "%5B%5D",
                ArrayStyle.Indexed => name + "%5B" + index.ToString(CultureInfo.InvariantCulture) + "%5D",
                _ => name,
            };
            Add(ref list, key, value, capacity);
            index++;
        }
    }

    private void AssertNoJson()
    {
        if (_json is not null)
        {
            throw new InvalidOperationException("A request has a form body or a JSON body, not both.");
        }
    }
}
