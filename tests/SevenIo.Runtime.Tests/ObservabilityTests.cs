using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>One activity per operation from the client's source, and logs, neither ever holding the API key.</summary>
public sealed class ObservabilityTests
{
    [Fact]
    public async Task Each_operation_is_one_client_activity_named_after_it_with_http_tags_and_no_key()
    {
        await using var server = await Gateway.JsonAsync("""{"success":true,"code":null,"hooks":[]}""");
        await using var failing = await Gateway.AnswerAsync(401, "application/json", $$"""{"success":false,"code":"900","error_message":"bad key {{Gateway.ApiKey}}"}""");
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "SevenIo.SevenClient",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await Gateway.Client(server.BaseAddress).Hooks.ListAsync();
        await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(failing.BaseAddress).Hooks.DeleteAsync(7));

        // Other tests run in parallel: keep the activities of this test's two servers.
        var ports = new object[] { server.BaseAddress.Port, failing.BaseAddress.Port };
        var ours = activities.Where(a => ports.Contains(a.GetTagItem("server.port"))).ToList();
        Assert.Equal(["Hooks.List", "Hooks.Delete"], ours.Select(a => a.OperationName));
        Assert.All(ours, a => Assert.Equal(ActivityKind.Client, a.Kind));
        Assert.Equal(("GET", "/api/hooks", (object?)200), (ours[0].GetTagItem("http.request.method"), ours[0].GetTagItem("url.path"), ours[0].GetTagItem("http.response.status_code")));
        Assert.Equal((ActivityStatusCode.Unset, ActivityStatusCode.Error), (ours[0].Status, ours[1].Status));
        Assert.Equal("900", ours[1].GetTagItem("error.type"));
        Assert.All(ours.SelectMany(a => a.TagObjects), tag => Assert.DoesNotContain(Gateway.ApiKey, tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calls_and_failures_are_logged_without_the_key()
    {
        await using var server = await Gateway.AnswerAsync(403, "application/json", $$"""{"success":false,"code":"{{Gateway.ApiKey}}","error_message":"key {{Gateway.ApiKey}} blocked"}""");
        var logger = new ListLogger();
        var client = new SevenClient(new HttpClient(), new SevenClientOptions { ApiKey = Gateway.ApiKey, BaseAddress = server.BaseAddress, Logger = logger });

        await Assert.ThrowsAsync<SevenApiException>(() => client.Hooks.ListAsync());

        Assert.Equal(
            [
                (LogLevel.Debug, "Hooks.List: sending GET /api/hooks"),
                (LogLevel.Warning, "Hooks.List: the gateway reported a failure (HTTP 403, error code [redacted])"),
            ],
            logger.Entries.Select(e => (e.Level, e.Message)));
        Assert.All(logger.Entries, e => Assert.DoesNotContain(Gateway.ApiKey, e.Message + e.Exception, StringComparison.Ordinal));
    }
}
