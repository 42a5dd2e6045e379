using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>
/// The request shapes the hooks spec does not use but the spec format offers: query parameters and a
/// JSON body, sent through the pipeline as generated code would.
/// </summary>
public sealed class PipelineTests
{
    private static readonly FailureEnvelope Envelope = new("success", "code", "error_message");
    private static readonly JsonValueReader<long> ReadId = (ref System.Text.Json.Utf8JsonReader reader) =>
    {
        JsonValues.MoveToProperty(ref reader, System.Text.Encoding.UTF8.GetBytes("id"));
        return JsonValues.ReadInt64(ref reader);
    };

    [Fact]
    public async Task Query_parameters_are_escaped_into_the_query_string()
    {
        await using var server = await Gateway.JsonAsync("""{"success":true,"id":"7"}""");
        var request = new ApiRequest("Items.Find", HttpMethod.Get, "/api/items", ParameterLocation.Query);
        request.Add("name", "a b&c=d/é");
        request.Add("limit", 50);
        request.Add("active", true);

        var id = await Pipeline(server.BaseAddress).SendAsync(request, ReadId, CancellationToken.None);

        var recorded = server.Requests.Single();
        Assert.Equal(7, id);
        Assert.Equal("?name=a%20b%26c%3Dd%2F%C3%A9&limit=50&active=1", recorded.Query);
        Assert.Equal(string.Empty, recorded.Body);
    }

    [Fact]
    public async Task A_json_body_writes_numbers_booleans_and_strings_as_json()
    {
        await using var server = await Gateway.JsonAsync("""{"success":true,"id":8}""");
        var request = new ApiRequest("Items.Create", HttpMethod.Post, "/api/items", ParameterLocation.Json);
        request.Add("name", "quote \" and é");
        request.Add("limit", 50);
        request.Add("active", false);

        await Pipeline(server.BaseAddress).SendAsync(request, ReadId, CancellationToken.None);

        var recorded = server.Requests.Single();
        Assert.Equal("application/json; charset=utf-8", recorded.ContentType);
        Assert.Equal("{\"name\":\"quote \\u0022 and \\u00E9\",\"limit\":50,\"active\":false}", recorded.Body);
    }

    private static ApiPipeline Pipeline(System.Uri baseAddress) =>
        new(new HttpClient(), new SevenClientOptions { ApiKey = Gateway.ApiKey, BaseAddress = baseAddress }, "X-Api-Key", Envelope, "Tests.Pipeline");
}
