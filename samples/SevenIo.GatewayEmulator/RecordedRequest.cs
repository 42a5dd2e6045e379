using System.Collections.Generic;

namespace SevenIo.GatewayEmulator;

/// <summary>A request as it arrived on the wire.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without the query.</param>
/// <param name="Query">The raw query string including '?', or empty.</param>
/// <param name="Headers">Every header, names in lower case.</param>
/// <param name="ContentType">The Content-Type header, if any.</param>
/// <param name="Body">The body as text.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string Body)
{
    /// <summary>A header's value, or null.</summary>
    /// <param name="name">The header name, any case.</param>
    /// <returns>The value.</returns>
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
