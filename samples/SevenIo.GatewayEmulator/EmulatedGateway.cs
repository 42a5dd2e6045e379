using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SevenIo.GatewayEmulator;

/// <summary>
/// Plays the seven.io gateway on a loopback Kestrel server: every operation of the reference, with
/// answers shaped like the real ones, quirks included (ids as strings or numbers, prices as strings
/// in the journals, <c>"success": "100"</c> for dispatches, a lookup answering one object or an
/// array, a bare <c>900</c> for a wrong API key). Webhooks, contacts, groups, numbers, subaccounts
/// and scheduled SMS are kept in memory, so what one call creates the next one reads.
/// </summary>
public sealed partial class EmulatedGateway : IAsyncDisposable
{
    private readonly string _apiKey;
    private readonly SignedRequests? _signed;
    private readonly List<(string Method, Regex Path, Func<HttpContext, Match, Parameters, Task> Handle)> _routes = [];
    private LoopbackServer? _server;

    private EmulatedGateway(string apiKey, string? signingSecret)
    {
        _apiKey = apiKey;
        _signed = signingSecret is null ? null : new SignedRequests(signingSecret);
        AddHooks();
        AddMessaging();
        AddAddressBook();
        AddNumbers();
        AddAccount();
        AddLookups();
    }

    /// <summary>Where the emulator listens.</summary>
    public Uri BaseAddress => _server!.BaseAddress;

    /// <summary>Every request received so far.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _server!.Requests;

    /// <summary>Starts an emulator that accepts <paramref name="apiKey"/>.</summary>
    /// <param name="apiKey">The one key it accepts.</param>
    /// <returns>The running emulator.</returns>
    public static Task<EmulatedGateway> StartAsync(string apiKey) => StartAsync(apiKey, signingSecret: null);

    /// <summary>
    /// Starts an emulator that accepts <paramref name="apiKey"/> (in <c>X-Api-Key</c>, or as
    /// <c>Authorization: Bearer</c>) and, with <paramref name="signingSecret"/>, plays an account that
    /// requires signed requests: it answers 901 to a request that is unsigned, signed with another
    /// secret, older than 30 seconds or carries a nonce it has seen.
    /// </summary>
    /// <param name="apiKey">The one key it accepts.</param>
    /// <param name="signingSecret">The account's signing secret; null for an account that does not sign.</param>
    /// <returns>The running emulator.</returns>
    public static async Task<EmulatedGateway> StartAsync(string apiKey, string? signingSecret)
    {
        var emulator = new EmulatedGateway(apiKey, signingSecret);
        emulator._server = await LoopbackServer.StartAsync(emulator.HandleAsync).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Stops the emulator.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private void Route(string method, [StringSyntax(StringSyntaxAttribute.Regex)] string path, Func<HttpContext, Match, Parameters, Task> handle) =>
        _routes.Add((method, new Regex("^" + path + "$", RegexOptions.CultureInvariant), handle));

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers["X-Api-Key"] != _apiKey && request.Headers.Authorization != "Bearer " + _apiKey)
        {
            // What the gateway answers a wrong key: the bare code 900, at HTTP 200 (F1).
            await Answer.TextAsync(context, "900", "application/json").ConfigureAwait(false);
            return;
        }

        if (_signed is not null && !await _signed.AcceptsAsync(request).ConfigureAwait(false))
        {
            // The code php maps to a failed signature check, answered like 900 (the wire form of 901 is not recorded).
            await Answer.TextAsync(context, "901", "application/json").ConfigureAwait(false);
            return;
        }

        var path = request.Path.Value ?? string.Empty;
        var pathMatched = false;
        foreach (var (method, pattern, handle) in _routes)
        {
            var match = pattern.Match(path);
            if (!match.Success)
            {
                continue;
            }

            pathMatched = true;
            if (method == request.Method)
            {
                await handle(context, match, await Parameters.ReadAsync(request).ConfigureAwait(false)).ConfigureAwait(false);
                return;
            }
        }

        // The gateway's answer to an unknown path (F7); a known path with another method is 405.
        await Answer.JsonAsync(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("code", pathMatched ? 405 : 404);
            writer.WriteString("message", pathMatched ? "Method not allowed" : "Page not found");
            writer.WriteStartArray("errors");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }, pathMatched ? 405 : 404).ConfigureAwait(false);
    }
}
