using System;
using System.Globalization;
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

    private readonly string? _apiKey;

    public ApiExceptionFactory(string apiKey)
    {
        _apiKey = apiKey.Length >= MinRedactableKeyLength ? apiKey : null;
    }

    public SevenApiException FailedStatus(int status, string? reasonPhrase, ArraySegment<byte> body, FailureEnvelope envelope)
    {
        return Build(status, body, () =>
        {
            var reading = EnvelopeReading.Read(Body(body), envelope, stopAtSuccess: false);
            var reason = string.IsNullOrEmpty(reasonPhrase) ? string.Empty : $" ({reasonPhrase})";
            var message = reading.Message is { } gatewayMessage
                ? $"{gatewayMessage} (HTTP {Number(status)}{CodeSuffix(reading.Code)})"
                : $"The gateway answered HTTP {Number(status)}{reason}{CodeSuffix(reading.Code)}.";
            return (message, reading.Code, null);
        });
    }

    public SevenApiException ReportedFailure(int status, ArraySegment<byte> body, EnvelopeReading reading)
    {
        return Build(status, body, () =>
        {
            var message = reading.Message is { } gatewayMessage
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

    private string? Redact(string? text) =>
        text is null || _apiKey is null ? text : text.Replace(_apiKey, Redacted);

    private static string CodeSuffix(string? code) => code is null ? string.Empty : $", error code {code}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
