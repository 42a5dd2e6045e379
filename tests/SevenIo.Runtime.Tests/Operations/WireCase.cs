using System;
using System.Threading.Tasks;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>
/// One operation on the wire: the call with every parameter given, the request it must produce,
/// an answer shaped like the gateway's recorded one, and what the client must read from it.
/// </summary>
/// <param name="Call">Calls the operation.</param>
/// <param name="Method">The HTTP method expected.</param>
/// <param name="Path">The path expected.</param>
/// <param name="Query">The raw query string expected, with its '?', or empty.</param>
/// <param name="ContentType">The body's content type expected, or null for no body.</param>
/// <param name="Body">The body expected, as text.</param>
/// <param name="Answer">What the emulated gateway answers.</param>
/// <param name="Check">Asserts what the client read.</param>
internal sealed record WireCase(
    Func<SevenClient, Task<object>> Call,
    string Method,
    string Path,
    string Query,
    string? ContentType,
    string Body,
    string Answer,
    Action<object> Check)
{
    public const string Form = "application/x-www-form-urlencoded";
    public const string Json = "application/json; charset=utf-8";

    /// <summary>Wraps a typed call and check.</summary>
    public static WireCase Of<T>(Func<SevenClient, Task<T>> call, string method, string path, string query, string? contentType, string body, string answer, Action<T> check)
        where T : notnull =>
        new(async client => await call(client).ConfigureAwait(false), method, path, query, contentType, body, answer, result => check((T)result));
}
