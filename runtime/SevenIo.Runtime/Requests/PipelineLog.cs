using System;
using Microsoft.Extensions.Logging;

namespace SevenIo.Runtime;

/// <summary>
/// What the pipeline logs. Only the operation, method, path, status and the gateway's error code:
/// never the API key, a header or a body.
/// </summary>
internal static class PipelineLog
{
    private static readonly Action<ILogger, string, string, string, Exception?> SendingMessage = LoggerMessage.Define<string, string, string>(
        LogLevel.Debug, new EventId(1, "Sending"), "{Operation}: sending {Method} {Path}");

    private static readonly Action<ILogger, string, int, long, Exception?> SucceededMessage = LoggerMessage.Define<string, int, long>(
        LogLevel.Debug, new EventId(2, "Succeeded"), "{Operation}: HTTP {Status} in {ElapsedMilliseconds} ms");

    private static readonly Action<ILogger, string, int, string?, Exception?> GatewayFailedMessage = LoggerMessage.Define<string, int, string?>(
        LogLevel.Warning, new EventId(3, "GatewayFailed"), "{Operation}: the gateway reported a failure (HTTP {Status}, error code {ErrorCode})");

    private static readonly Action<ILogger, string, string, Exception?> TransportFailedMessage = LoggerMessage.Define<string, string>(
        LogLevel.Warning, new EventId(4, "TransportFailed"), "{Operation}: no answer from the gateway ({ExceptionType})");

    public static void Sending(ILogger logger, ApiRequest request) =>
        SendingMessage(logger, request.OperationName, request.Method.Method, request.Path, null);

    /// <summary>Whether <see cref="Succeeded"/> writes anything, so that the call is worth timing.</summary>
    public static bool LogsDuration(ILogger logger) => logger.IsEnabled(LogLevel.Debug);

    public static void Succeeded(ILogger logger, ApiRequest request, int status, long elapsedMilliseconds) =>
        SucceededMessage(logger, request.OperationName, status, elapsedMilliseconds, null);

    public static void Failed(ILogger logger, ApiRequest request, Exception exception)
    {
        if (exception is SevenApiException gateway)
        {
            GatewayFailedMessage(logger, request.OperationName, gateway.StatusCode, gateway.ErrorCode, exception);
        }
        else if (exception is not OperationCanceledException)
        {
            TransportFailedMessage(logger, request.OperationName, exception.GetType().Name, exception);
        }
    }
}
