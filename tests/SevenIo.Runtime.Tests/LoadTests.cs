using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Xunit;
using Xunit.Abstractions;

namespace SevenIo.Runtime.Tests;

/// <summary>One client instance under concurrency: every answer reaches its own caller, and sockets stay bounded.</summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_thousand_concurrent_operations_on_one_client_all_succeed_matched_to_their_requests_over_bounded_connections()
    {
        const int operations = 1000;
        var connections = new ConcurrentDictionary<string, int>();
        await using var server = await Gateway.HandleAsync(async context =>
        {
            connections.AddOrUpdate(context.Connection.Id, 1, (_, n) => n + 1);
            var form = await context.Request.ReadFormAsync();
            var index = long.Parse(form["target_url"].ToString().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
            await Task.Delay((int)(index % 7));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"success":true,"code":null,"id":{{index * 10}},"error_message":null}""");
        });
        var client = new SevenClient(new SevenClientOptions { ApiKey = Gateway.ApiKey, BaseAddress = server.BaseAddress });

        var results = await Task.WhenAll(Enumerable.Range(0, operations).Select(async i =>
        {
            var result = await client.Hooks.CreateAsync($"https://acme.inc/hooks/{i}", HookEventType.All);
            return (Sent: i, Received: result.Id);
        }));

        output.WriteLine($"{operations} operations over {connections.Count} connections (at most {SharedHttpClient.MaxConnectionsPerServer}).");
        Assert.Equal(operations, results.Length);
        Assert.All(results, r => Assert.Equal(r.Sent * 10L, r.Received));
        Assert.Equal(operations, connections.Values.Sum());
        Assert.InRange(connections.Count, 1, SharedHttpClient.MaxConnectionsPerServer);
    }
}
