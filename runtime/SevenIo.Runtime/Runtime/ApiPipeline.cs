using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
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
    private readonly string _apiKeyHeader;
    private readonly string _apiKey;
    private readonly string _userAgent;
    private readonly FailureEnvelope _failureEnvelope;
    private readonly ApiExceptionFactory _exceptions;
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
    {
        Argument.AssertNotNullOrEmpty(clientName, nameof(clientName));
        Argument.AssertNotNull(httpClient, nameof(httpClient));
        Argument.AssertNotNull(options, nameof(options));
        Argument.AssertNotNull(failureEnvelope, nameof(failureEnvelope));
        _httpClient = httpClient;

        Argument.AssertNotNullOrEmpty(apiKeyHeader, nameof(apiKeyHeader));
        _apiKeyHeader = apiKeyHeader;
        _failureEnvelope = failureEnvelope;

        if (string.IsNullOrEmpty(options.ApiKey))
        {
            throw new ArgumentException("An API key is required: set ApiKey on the options.", nameof(options));
        }

        Argument.AssertHeaderSafe(options.ApiKey!, "options.ApiKey");
        _apiKey = options.ApiKey!;

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
        _exceptions = new ApiExceptionFactory(_apiKey);
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
    public async Task<T> SendAsync<T>(ApiRequest request, JsonValueReader<T> readResponse, CancellationToken cancellationToken)
    {
        Argument.AssertNotNull(request, nameof(request));
        Argument.AssertNotNull(readResponse, nameof(readResponse));

        using var activity = _activities.StartActivity(request.OperationName, ActivityKind.Client);
        activity?.SetTag("http.request.method", request.Method.Method);
        activity?.SetTag("url.path", request.Path);
        activity?.SetTag("server.address", _serverAddress);
        activity?.SetTag("server.port", _serverPort);
        PipelineLog.Sending(_logger, request);
        var started = Stopwatch.GetTimestamp();

        // The body goes into a pooled buffer: only a failure copies (a bounded excerpt of) it.
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            int status;
            string? reasonPhrase;
            var length = 0;
            try
            {
                using var message = CreateMessage(request);
                using var response = await _httpClient.SendAsync(message, cancellationToken).ConfigureAwait(false);
                status = (int)response.StatusCode;
                reasonPhrase = response.ReasonPhrase;
#if NET8_0_OR_GREATER
                using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
                using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
                int read;
#if NET8_0_OR_GREATER
                while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
#else
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
                throw _exceptions.FailedStatus(status, reasonPhrase, body, _failureEnvelope);
            }

            var result = ReadSuccess(status, body, readResponse);
            PipelineLog.Succeeded(_logger, request, status, (Stopwatch.GetTimestamp() - started) * 1000 / Stopwatch.Frequency);
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

    private T ReadSuccess<T>(int status, ArraySegment<byte> body, JsonValueReader<T> readResponse)
    {
        var json = WithoutByteOrderMark(body);
        if (IsBlank(json))
        {
            throw _exceptions.EmptyBody(status);
        }

        var envelope = EnvelopeReading.Read(json, _failureEnvelope, stopAtSuccess: true);
        if (envelope.IsFailure)
        {
            throw _exceptions.ReportedFailure(status, body, envelope);
        }

        try
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            return readResponse(ref reader);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            throw _exceptions.Unreadable(status, body, e);
        }
    }

    private HttpRequestMessage CreateMessage(ApiRequest request)
    {
        HttpContent? content = null;
        Uri uri;
        if (request.ParameterLocation == ParameterLocation.Query && request.Parameters.Count > 0)
        {
            var builder = new StringBuilder(_baseAddress.Length + request.Path.Length + 64).Append(_baseAddress).Append(request.Path);
            AppendQuery(builder, request.Parameters);
            uri = new Uri(builder.ToString(), UriKind.Absolute);
        }
        else
        {
            uri = AddressOf(request.Path);
            content = request.ParameterLocation switch
            {
                ParameterLocation.Form => FormContent(request.Parameters),
                ParameterLocation.Json => JsonContent(request.Parameters),
                _ => null,
            };
        }

        var message = new HttpRequestMessage(request.Method, uri) { Content = content };
        message.Headers.TryAddWithoutValidation(_apiKeyHeader, _apiKey);
        message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
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

    private static void AppendQuery(StringBuilder uri, IReadOnlyList<RequestParameter> parameters)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            uri.Append(i == 0 ? '?' : '&')
                .Append(Uri.EscapeDataString(parameters[i].Name))
                .Append('=')
                .Append(Uri.EscapeDataString(parameters[i].Value));
        }
    }

    private static FormUrlEncodedContent FormContent(IReadOnlyList<RequestParameter> parameters)
    {
        var pairs = new KeyValuePair<string, string>[parameters.Count];
        for (var i = 0; i < parameters.Count; i++)
        {
            pairs[i] = new KeyValuePair<string, string>(parameters[i].Name, parameters[i].Value);
        }

        return new FormUrlEncodedContent(pairs!);
    }

    private static ByteArrayContent JsonContent(IReadOnlyList<RequestParameter> parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var parameter in parameters)
            {
                switch (parameter.Kind)
                {
                    case RequestParameterKind.Number:
                        writer.WritePropertyName(parameter.Name);
                        writer.WriteRawValue(parameter.Value, skipInputValidation: true);
                        break;
                    case RequestParameterKind.Boolean:
                        writer.WriteBoolean(parameter.Name, parameter.Value == "1");
                        break;
                    default:
                        writer.WriteString(parameter.Name, parameter.Value);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.ToArray());
        // A new value per request: header values are mutable, and handlers may change them.
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
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
