using System;
using System.Collections;
using System.Collections.Generic;
using SevenIo.Runtime;

namespace SevenIo;

/// <summary>
/// HTTP headers for the gateway to send with a webhook, built from name/value pairs and written as
/// <c>Name: value</c> lines joined with <c>\n</c>, the format of the <c>headers</c> parameter.
/// Converts implicitly to that string, so it can be passed wherever the plain string goes:
/// <code>headers: new HeaderLines { { "Authorization", "Basic dXNlcjpwYXNz" }, { "X-Source", "crm" } }</code>
/// </summary>
/// <remarks>
/// A name must be an HTTP token and a value must not hold CR, LF, NUL or other control characters,
/// so nobody can smuggle an extra header into the webhook. Messages never repeat a value.
/// </remarks>
public sealed class HeaderLines : IEnumerable<KeyValuePair<string, string>>
{
    private const string TokenSymbols = "!#$%&'*+-.^_`|~";
    private readonly List<KeyValuePair<string, string>> _headers = new();

    /// <summary>The number of headers.</summary>
    public int Count => _headers.Count;

    /// <summary>Adds a header.</summary>
    /// <param name="name">The header name, e.g. <c>Authorization</c>.</param>
    /// <param name="value">The header value.</param>
    /// <returns>This instance, for chaining.</returns>
    /// <exception cref="ArgumentException">The name is not an HTTP token, or the value holds a control character.</exception>
    public HeaderLines Add(string name, string value)
    {
        Argument.AssertNotNullOrEmpty(name, nameof(name));
        Argument.AssertNotNull(value, nameof(value));
        foreach (var c in name)
        {
            if (!(c < 128 && (char.IsLetterOrDigit(c) || TokenSymbols.IndexOf(c) >= 0)))
            {
                throw new ArgumentException("A header name may only hold letters, digits and !#$%&'*+-.^_`|~.", nameof(name));
            }
        }

        foreach (var c in value)
        {
            if (char.IsControl(c) && c != '\t')
            {
                throw new ArgumentException($"The value of the header '{name}' must not contain CR, LF, NUL or other control characters.", nameof(value));
            }
        }

        _headers.Add(new KeyValuePair<string, string>(name, value.Trim()));
        return this;
    }

    /// <summary>The headers as the gateway expects them: <c>Name: value</c> lines joined with <c>\n</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var lines = new string[_headers.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = _headers[i].Key + ": " + _headers[i].Value;
        }

        return string.Join("\n", lines);
    }

    /// <summary>The headers as the text of a <c>headers</c> parameter; null stays null.</summary>
    /// <param name="headers">The headers.</param>
    public static implicit operator string?(HeaderLines? headers) => headers?.ToString();

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _headers.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
