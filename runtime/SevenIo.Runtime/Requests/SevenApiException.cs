using System;

namespace SevenIo;

/// <summary>
/// The gateway reported a failure, or answered in a way that cannot be read as the operation's result.
/// </summary>
/// <remarks>
/// Raised for non-success HTTP statuses, for HTTP 200 answers whose failure envelope says
/// <c>"success": false</c>, for bare numeric error codes such as <c>900</c>, and for bodies that are
/// empty or not the JSON the operation expects (then <see cref="Exception.InnerException"/> says why).
/// Neither the message nor <see cref="RawContent"/> ever contains the API key.
/// </remarks>
public class SevenApiException : Exception
{
    /// <summary>Initializes a new instance, for tests and mocks.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="errorCode">The gateway's own error code, when it sent one.</param>
    /// <param name="rawContent">An excerpt of the response body.</param>
    /// <param name="innerException">Why the body could not be read, when that is the failure.</param>
    public SevenApiException(string message, int statusCode, string? errorCode = null, string? rawContent = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        RawContent = rawContent;
    }

    /// <summary>The HTTP status code of the response, e.g. 200 for a failure the gateway reports in the body.</summary>
    public int StatusCode { get; }

    /// <summary>The gateway's error code (the failure envelope's code, or a bare numeric body such as <c>900</c>), if any.</summary>
    public string? ErrorCode { get; }

    /// <summary>The start of the response body (at most <see cref="MaxRawContentLength"/> characters), with the API key redacted.</summary>
    public string? RawContent { get; }

    /// <summary>How many characters of the response body <see cref="RawContent"/> keeps at most.</summary>
    public const int MaxRawContentLength = 4096;
}
