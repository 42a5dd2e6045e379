using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SevenIo.Runtime;

/// <summary>
/// Builds <see cref="SevenApiException"/>s from responses. Never throws itself, keeps only a bounded
/// excerpt of the body, and takes the API key out of everything it puts into the exception.
/// </summary>
internal sealed class ApiExceptionFactory
{
    private const string Redacted = "[redacted]";

    /// <summary>Keys shorter than this are not searched for, or redaction would mangle ordinary text.</summary>
    private const int MinRedactableKeyLength = 4;

    /// <summary>The code the gateway answers a request whose signature is missing or wrong, for an account that requires signed requests.</summary>
    internal const string SignatureRefused = "901";

    private readonly string[] _secrets;
    private readonly bool _signs;

    /// <param name="signs">Whether the client signs its requests, which decides what a 901 says.</param>
    /// <param name="secrets">The API key, the signing secret, a token: whatever of them is set.</param>
    public ApiExceptionFactory(bool signs, params string?[] secrets)
    {
        _signs = signs;
        _secrets = secrets.Where(s => s is { Length: >= MinRedactableKeyLength }).Select(s => s!).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>A factory that also takes <paramref name="secret"/> out, for one request that carries it (an access token).</summary>
    public ApiExceptionFactory With(string secret) => new(_signs, _secrets.Concat(new[] { secret }).ToArray());

    /// <summary>What a 901 means, as the message says it: no other code has an explanation the gateway does not give.</summary>
    private string? Explain(string? code) => code != SignatureRefused
        ? null
        : _signs
            ? "The gateway refused the request's signature (error code 901): the account requires signed requests, and SigningSecret is wrong (or the clock is off, or something changed the request after it was signed)."
            : "The gateway refused the request (error code 901): the account requires signed requests, and SigningSecret is not set. Set it to the account's signing secret.";

    public SevenApiException FailedStatus(int status, string? reasonPhrase, ArraySegment<byte> body, FailureEnvelope envelope)
    {
        return Build(status, body, () =>
        {
            var reading = EnvelopeReading.Read(Body(body), envelope, stopAtSuccess: false);
            var reason = string.IsNullOrEmpty(reasonPhrase) ? string.Empty : $" ({reasonPhrase})";
            var message = Explain(reading.Code) is { } explained
                ? $"{explained} (HTTP {Number(status)})"
                : reading.Message is { } gatewayMessage
                ? $"{gatewayMessage} (HTTP {Number(status)}{CodeSuffix(reading.Code)})"
                : $"The gateway answered HTTP {Number(status)}{reason}{CodeSuffix(reading.Code)}.";
            return (message, reading.Code, null);
        });
    }

    public SevenApiException ReportedFailure(int status, ArraySegment<byte> body, EnvelopeReading reading)
    {
        return Build(status, body, () =>
        {
            var message = Explain(reading.Code) is { } explained
                ? $"{explained} (HTTP {Number(status)})"
                : reading.Message is { } gatewayMessage
                ? $"{gatewayMessage} (HTTP {Number(status)}{CodeSuffix(reading.Code)})"
                : reading.Code is { } code
                    ? $"The gateway reported error code {code} (HTTP {Number(status)})."
                    : $"The gateway reported a failure without a code or message (HTTP {Number(status)}).";
            return (message, reading.Code, null);
        });
    }

    public SevenApiException EmptyBody(int status) =>
        Build(status, default, () => ($"The gateway sent an empty response (HTTP {Number(status)}).", null, null));

    public SevenApiException Unreadable(int status, ArraySegment<byte> body, Exception cause) =>
        Build(status, body, () => ($"The gateway's response could not be read: {cause.Message} (HTTP {Number(status)})", null, cause));

    private SevenApiException Build(int status, ArraySegment<byte> body, Func<(string Message, string? Code, Exception? Inner)> describe)
    {
        string? raw = null;
        try
        {
            raw = Redact(Excerpt(body));
            var (message, code, inner) = describe();
            return new SevenApiException(Redact(message) ?? string.Empty, status, Redact(code), raw, inner);
        }
#pragma warning disable CA1031 // An exception factory must hand back an exception, whatever went wrong while describing it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new SevenApiException($"The gateway answered HTTP {Number(status)}; the response could not be described.", status, null, raw, e);
        }
    }

    private static ReadOnlySpan<byte> Body(ArraySegment<byte> body)
    {
        ReadOnlySpan<byte> span = body;
        return span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF ? span.Slice(3) : span;
    }

    private static string? Excerpt(ArraySegment<byte> body)
    {
        if (body.Count == 0)
        {
            return null;
        }

        // A UTF-8 character is at most 4 bytes: decoding this many bytes yields at least the characters kept.
        var bytes = Math.Min(body.Count, (SevenApiException.MaxRawContentLength + 1) * 4);
        var text = Encoding.UTF8.GetString(body.Array!, body.Offset, bytes);
        return text.Length > SevenApiException.MaxRawContentLength || bytes < body.Count
            ? text.Substring(0, Math.Min(text.Length, SevenApiException.MaxRawContentLength))
            : text;
    }

    private string? Redact(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Redacted);
        }

        return text;
    }

    private static string CodeSuffix(string? code) => code is null ? string.Empty : $", error code {code}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
