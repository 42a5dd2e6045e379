using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SevenIo.Runtime;

/// <summary>
/// Sends the generated client's requests: builds the HTTP message, adds the API key header and the
/// <c>User-Agent</c>, recognises the gateway's failure shapes and hands a successful body to the
/// operation's generated JSON reader.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiPipeline
{
    private const int MaxCachedUris = 64;

    private readonly HttpClient _httpClient;
    private readonly string _baseAddress;
    private readonly string _serverAddress;
    private readonly int _serverPort;
    /// <summary>The header that carries the key (the spec's, or <c>Authorization</c> for a bearer key); null when a token provider supplies it per request.</summary>
    private readonly KeyValuePair<string, string>? _credential;
    private readonly Func<CancellationToken, Task<string>>? _accessTokenProvider;
    private readonly RequestSigner? _signer;
    private readonly string _sentWith;
    private readonly string _userAgent;
    private readonly FailureEnvelope _failureEnvelope;
    private readonly ApiExceptionFactory _exceptions;
    private readonly KeyValuePair<string, string>[] _headers;
    private readonly ActivitySource _activities;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Uri> _uris = new(StringComparer.Ordinal);

    /// <summary>Initializes a new pipeline.</summary>
    /// <param name="httpClient">The client that sends the requests; its lifetime is the caller's.</param>
    /// <param name="options">Address, key and application id.</param>
    /// <param name="apiKeyHeader">The name of the header that carries the API key.</param>
    /// <param name="failureEnvelope">How the gateway reports failures inside a body.</param>
    /// <param name="clientName">The generated client's full type name: its activity source's name.</param>
    /// <exception cref="ArgumentException">The key is missing or holds control characters, or the base address is not absolute.</exception>
    public ApiPipeline(HttpClient httpClient, ApiClientOptions options, string apiKeyHeader, FailureEnvelope failureEnvelope, string clientName)
        : this(httpClient, options, apiKeyHeader, failureEnvelope, clientName, Array.Empty<KeyValuePair<string, string>>())
    {
    }

    /// <summary>Initializes a new pipeline that sends the same headers with every request.</summary>
    /// <param name="httpClient">The client that sends the requests; its lifetime is the caller's.</param>
    /// <param name="options">Address, key and application id.</param>
    /// <param name="apiKeyHeader">The name of the header that carries the API key.</param>
    /// <param name="failureEnvelope">How the gateway reports failures inside a body.</param>
    /// <param name="clientName">The generated client's full type name: its activity source's name.</param>
    /// <param name="headers">Headers the spec asks every request to carry, e.g. <c>Accept: application/json</c>.</param>
    /// <exception cref="ArgumentException">The key is missing or holds control characters, or the base address is not absolute.</exception>
    public ApiPipeline(HttpClient httpClient, ApiClientOptions options, string apiKeyHeader, FailureEnvelope failureEnvelope, string clientName, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        Argument.AssertNotNull(headers, nameof(headers));
        _headers = headers.ToArray();
        Argument.AssertNotNullOrEmpty(clientName, nameof(clientName));
        Argument.AssertNotNull(httpClient, nameof(httpClient));
        Argument.AssertNotNull(options, nameof(options));
        Argument.AssertNotNull(failureEnvelope, nameof(failureEnvelope));
        _httpClient = httpClient;

        Argument.AssertNotNullOrEmpty(apiKeyHeader, nameof(apiKeyHeader));
        _failureEnvelope = failureEnvelope;

        _accessTokenProvider = options.AccessTokenProvider;
        if (string.IsNullOrEmpty(options.ApiKey) && _accessTokenProvider is null)
        {
            throw new ArgumentException("An API key is required: set ApiKey on the options (or AccessTokenProvider, for OAuth).", nameof(options));
        }

        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            Argument.AssertHeaderSafe(options.ApiKey!, "options.ApiKey");
        }

        // As the js, elixir and rb SDKs do: a key written "Bearer <token>" is an OAuth token. A token provider replaces the key.
        if (_accessTokenProvider is null)
        {
            var bearer = options.ApiKey!.StartsWith(BearerPrefix, StringComparison.Ordinal) && options.ApiKey.Length > BearerPrefix.Length;
            _credential = new KeyValuePair<string, string>(bearer ? AuthorizationHeader : apiKeyHeader, options.ApiKey);
        }

        if (!string.IsNullOrEmpty(options.SigningSecret))
        {
            _signer = new RequestSigner(options.SigningSecret!, TimeProvider.System);
        }

        Argument.AssertNotNullOrEmpty(options.SentWith, "options.SentWith");
        Argument.AssertHeaderSafe(options.SentWith, "options.SentWith");
        _sentWith = options.SentWith;

        if (options.BaseAddress is not { IsAbsoluteUri: true } baseAddress)
        {
            throw new ArgumentException("BaseAddress must be an absolute URI.", nameof(options));
        }

        _baseAddress = baseAddress.AbsoluteUri.TrimEnd('/');
        // Paths are written as "/api/hooks"; a path prefix in the base address stays in front of them.
        _serverAddress = baseAddress.Host;
        _serverPort = baseAddress.Port;
        var applicationId = options.ApplicationId;
        if (!string.IsNullOrEmpty(applicationId))
        {
            Argument.AssertHeaderSafe(applicationId!, "options.ApplicationId");
            if (applicationId!.Contains(" "))
            {
                throw new ArgumentException("ApplicationId must be a single product token without spaces.", nameof(options));
            }
        }

        _userAgent = string.IsNullOrEmpty(applicationId) ? UserAgent.Value : applicationId + " " + UserAgent.Value;
        _exceptions = new ApiExceptionFactory(_signer is not null, options.ApiKey, options.SigningSecret);
        _activities = ClientTelemetry.Source(clientName);
        _logger = options.Logger ?? NullLogger.Instance;
    }

    /// <summary>Sends a request and reads the successful response with the operation's reader.</summary>
    /// <typeparam name="T">The operation's result type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="readResponse">Reads the result from the body's root value.</param>
    /// <param name="cancellationToken">Cancels the call; an <see cref="OperationCanceledException"/> follows.</param>
    /// <returns>The result.</returns>
    /// <exception cref="SevenApiException">The gateway reported a failure or sent an unreadable body.</exception>
    /// <exception cref="HttpRequestException">The request could not be sent or the response not received.</exception>
    /// <exception cref="TimeoutException">The HttpClient's timeout passed before the response arrived.</exception>
    public Task<T> SendAsync<T>(ApiRequest request, JsonValueReader<T> readResponse, CancellationToken cancellationToken)
    {
        Argument.AssertNotNull(readResponse, nameof(readResponse));
        return SendCoreAsync(request, readResponse, cancellationToken);
    }

    /// <summary>
    /// Sends a request whose successful answer is text, such as a CSV file: the body as it came, or
    /// the value of a JSON string when the gateway wraps the text in one.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call; an <see cref="OperationCanceledException"/> follows.</param>
    /// <returns>The text.</returns>
    /// <exception cref="SevenApiException">The gateway reported a failure.</exception>
    /// <exception cref="HttpRequestException">The request could not be sent or the response not received.</exception>
    /// <exception cref="TimeoutException">The HttpClient's timeout passed before the response arrived.</exception>
    public Task<string> SendForTextAsync(ApiRequest request, CancellationToken cancellationToken) =>
        SendCoreAsync<string>(request, readJson: null, cancellationToken);

    /// <summary>Sends and reads the answer: with <paramref name="readJson"/>, or as text when it is null (then <typeparamref name="T"/> is string).</summary>
    private async Task<T> SendCoreAsync<T>(ApiRequest request, JsonValueReader<T>? readJson, CancellationToken cancellationToken)
    {
        Argument.AssertNotNull(request, nameof(request));
        var failureEnvelope = request.Failure ?? _failureEnvelope;

        using var activity = _activities.StartActivity(request.OperationName, ActivityKind.Client);
        activity?.SetTag("http.request.method", request.Method.Method);
        activity?.SetTag("url.path", request.Path);
        activity?.SetTag("server.address", _serverAddress);
        activity?.SetTag("server.port", _serverPort);
        PipelineLog.Sending(_logger, request);
        // Only a log line needs the duration (an activity keeps its own): no clock read per call otherwise.
        var timed = PipelineLog.LogsDuration(_logger);
        var started = timed ? Stopwatch.GetTimestamp() : 0;

        // The body goes into a pooled buffer: only a failure copies (a bounded excerpt of) it.
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var exceptions = _exceptions;
        try
        {
            int status;
            string? reasonPhrase;
            var length = 0;
            try
            {
                using var message = CreateMessage(request);
                request.Dispose();
                if (_accessTokenProvider is not null)
                {
                    var token = await AccessTokenAsync(cancellationToken).ConfigureAwait(false);
                    exceptions = _exceptions.With(token);
                    message.Headers.TryAddWithoutValidation(AuthorizationHeader, BearerPrefix + token);
                }

                // Last, over the request as it goes out: a handler may add headers after this, and change nothing else.
                if (_signer is not null)
                {
                    await _signer.SignAsync(message, cancellationToken).ConfigureAwait(false);
                }

                using var response = await _httpClient.SendAsync(message, cancellationToken).ConfigureAwait(false);
                status = (int)response.StatusCode;
                reasonPhrase = response.ReasonPhrase;
#if NET8_0_OR_GREATER
                // HttpClient has already read the body into memory (ResponseContentRead); this only makes sure, so that reading it cannot block.
                await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                using var stream = response.Content.ReadAsStream(cancellationToken);
                int read;
                while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
#else
                using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                int read;
                while ((read = await stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false)) > 0)
#endif
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, larger, 0, length);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                // The caller did not cancel, so the HttpClient gave up: say so, whatever the target framework.
                throw new TimeoutException($"The gateway did not answer within the HttpClient's timeout of {_httpClient.Timeout}.", e);
            }

            activity?.SetTag("http.response.status_code", status);
            var body = new ArraySegment<byte>(buffer, 0, length);
            if (status < 200 || status > 299)
            {
                throw exceptions.FailedStatus(status, reasonPhrase, body, failureEnvelope);
            }

            var result = ReadSuccess(status, body, failureEnvelope, readJson, exceptions);
            if (timed)
            {
                PipelineLog.Succeeded(_logger, request, status, (Stopwatch.GetTimestamp() - started) * 1000 / Stopwatch.Frequency);
            }

            return result;
        }
        catch (Exception e) when (Record(activity, request, e))
        {
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const string BearerPrefix = "Bearer ";
    private const string AuthorizationHeader = "Authorization";
    private const string SentWithHeader = "SentWith";
    private const string ContentTypeHeader = "Content-Type";

    /// <summary>The provider's token for this request, refused (without repeating it) when it cannot be a header.</summary>
    private async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        var token = await _accessTokenProvider!(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token) || token.Any(c => c < ' ' || c == '\x7f'))
        {
            throw new InvalidOperationException("The access token provider returned an empty token or one with control characters, which cannot be sent in a header.");
        }

        return token;
    }

    /// <summary>Marks the activity as failed and logs the failure; never catches (always false).</summary>
    private bool Record(Activity? activity, ApiRequest request, Exception exception)
    {
        if (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            activity.SetTag("error.type", exception is SevenApiException { ErrorCode: { } code } ? code : exception.GetType().FullName);
        }

        PipelineLog.Failed(_logger, request, exception);
        return false;
    }

    private static T ReadSuccess<T>(int status, ArraySegment<byte> body, FailureEnvelope failureEnvelope, JsonValueReader<T>? readJson, ApiExceptionFactory exceptions)
    {
        var content = WithoutByteOrderMark(body);
        if (IsBlank(content))
        {
            throw exceptions.EmptyBody(status);
        }

        var envelope = EnvelopeReading.Read(content, failureEnvelope, stopAtSuccess: true);
        if (envelope.IsFailure)
        {
            throw exceptions.ReportedFailure(status, body, envelope);
        }

        try
        {
            // A reader passed down rather than a closure over it: no allocation per call.
            return readJson is null ? (T)(object)ReadText(content) : ReadJson(content, readJson);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            throw exceptions.Unreadable(status, body, e);
        }
    }

    private static T ReadJson<T>(ReadOnlySpan<byte> body, JsonValueReader<T> readResponse)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        return readResponse(ref reader);
    }

    /// <summary>The body as text; a body that is one JSON string is that string's value.</summary>
    private static string ReadText(ReadOnlySpan<byte> body)
    {
        if (body[0] == (byte)'"')
        {
            try
            {
                var reader = new Utf8JsonReader(body);
                if (reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    var text = reader.GetString()!;
                    if (!reader.Read())
                    {
                        return text;
                    }
                }
            }
            catch (JsonException)
            {
                // Not one JSON string after all: the text itself is the answer.
            }
        }

        return Encoding.UTF8.GetString(body.ToArray());
    }

    private HttpRequestMessage CreateMessage(ApiRequest request)
    {
        Uri uri;
        if (request.Query is { Count: > 0 } query)
        {
            var builder = new StringBuilder(_baseAddress.Length + request.Path.Length + 64).Append(_baseAddress).Append(request.Path);
            AppendQuery(builder, query);
            uri = new Uri(builder.ToString(), UriKind.Absolute);
        }
        else
        {
            uri = AddressOf(request.Path);
        }

        HttpContent? content = null;
        if (request.FinishJson() is { } json)
        {
            content = new ByteArrayContent(json.Array!, json.Offset, json.Count);
            // Unparsed: a handler that reads ContentType gets it parsed then, a request that only goes out never pays for it.
            content.Headers.TryAddWithoutValidation(ContentTypeHeader, "application/json; charset=utf-8");
        }
        else if (request.Form is { } form)
        {
            content = new ByteArrayContent(FormEncoding.Encode(form));
            content.Headers.TryAddWithoutValidation(ContentTypeHeader, "application/x-www-form-urlencoded");
        }

        var message = new HttpRequestMessage(request.Method, uri) { Content = content };
        if (_credential is { } credential)
        {
            message.Headers.TryAddWithoutValidation(credential.Key, credential.Value);
        }

        message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        message.Headers.TryAddWithoutValidation(SentWithHeader, _sentWith);
        foreach (var header in _headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return message;
    }

    /// <summary>The absolute address of a path; the few fixed paths of a client are built once.</summary>
    private Uri AddressOf(string path)
    {
        if (_uris.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var uri = new Uri(_baseAddress + path, UriKind.Absolute);
        if (_uris.Count < MaxCachedUris)
        {
            _uris.TryAdd(path, uri);
        }

        return uri;
    }

    private static void AppendQuery(StringBuilder uri, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            uri.Append(i == 0 ? '?' : '&')
                .Append(parameters[i].Key)
                .Append('=')
                .Append(Uri.EscapeDataString(parameters[i].Value));
        }
    }

    private static ReadOnlySpan<byte> WithoutByteOrderMark(ArraySegment<byte> body)
    {
        ReadOnlySpan<byte> span = body;
        return span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF ? span.Slice(3) : span;
    }

    private static bool IsBlank(ReadOnlySpan<byte> json)
    {
        foreach (var b in json)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
