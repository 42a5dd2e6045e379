using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>
/// Requests built the way generated code builds them (query, form, JSON body, lists in each style),
/// sent through the pipeline to a real loopback server.
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
        var request = new ApiRequest("Items.Find", HttpMethod.Get, "/api/items");
        request.AddQuery("name", "a b&c=d/é");
        request.AddQuery("limit", WireText.Of(50));
        request.AddQuery("active", WireText.Of(true, words: false));

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
        var request = new ApiRequest("Items.Create", HttpMethod.Post, "/api/items");
        request.Json.WriteString("name", "quote \" and é");
        request.Json.WriteNumber("limit", 50);
        request.Json.WriteBoolean("active", false);

        await Pipeline(server.BaseAddress).SendAsync(request, ReadId, CancellationToken.None);

        var recorded = server.Requests.Single();
        Assert.Equal("application/json; charset=utf-8", recorded.ContentType);
        Assert.Equal("{\"name\":\"quote \\u0022 and \\u00E9\",\"limit\":50,\"active\":false}", recorded.Body);
    }

    [Theory]
    [InlineData(ArrayStyle.Repeat, "ids=1&ids=2&ids=3")]
    [InlineData(ArrayStyle.Brackets, "ids%5B%5D=1&ids%5B%5D=2&ids%5B%5D=3")]
    [InlineData(ArrayStyle.Indexed, "ids%5B0%5D=1&ids%5B1%5D=2&ids%5B2%5D=3")]
    [InlineData(ArrayStyle.Comma, "ids=1%2C2%2C3")]
    public async Task A_list_goes_into_a_form_in_the_style_the_spec_gives(ArrayStyle style, string body)
    {
        await using var server = await Gateway.JsonAsync("""{"success":true,"id":1}""");
        var request = new ApiRequest("Items.Delete", HttpMethod.Delete, "/api/items");
        request.AddForm("ids", WireText.Of([1L, 2L, 3L]), style);

        await Pipeline(server.BaseAddress).SendAsync(request, ReadId, CancellationToken.None);

        var recorded = server.Requests.Single();
        Assert.Equal(("DELETE", "application/x-www-form-urlencoded", body), (recorded.Method, recorded.ContentType, recorded.Body));
    }

    [Fact]
    public async Task Query_parameters_and_a_form_body_go_together()
    {
        await using var server = await Gateway.JsonAsync("""{"success":true,"id":1}""");
        var request = new ApiRequest("Groups.Delete", HttpMethod.Delete, "/api/groups/7");
        request.AddQuery("delete_contacts", WireText.Of(true, words: true));
        request.AddForm("note", "x");

        await Pipeline(server.BaseAddress).SendAsync(request, ReadId, CancellationToken.None);

        var recorded = server.Requests.Single();
        Assert.Equal(("/api/groups/7", "?delete_contacts=true", "note=x"), (recorded.Path, recorded.Query, recorded.Body));
    }

    [Fact]
    public void A_request_has_a_form_or_a_json_body_not_both()
    {
        using var form = new ApiRequest("A.B", HttpMethod.Post, "/a");
        form.AddForm("x", "1");
        Assert.Throws<System.InvalidOperationException>(() => form.Json);

        using var json = new ApiRequest("A.B", HttpMethod.Post, "/a");
        json.Json.WriteString("x", "1");
        Assert.Throws<System.InvalidOperationException>(() => json.AddForm("y", "2"));
    }

    [Theory]
    [InlineData("\"a;b\\nc\"", "a;b\nc")]
    [InlineData("a;b\nc", "a;b\nc")]
    [InlineData("\"unterminated", "\"unterminated")]
    public async Task A_text_answer_is_the_body_or_the_json_string_it_is_wrapped_in(string body, string text)
    {
        await using var server = await Gateway.AnswerAsync(200, "application/json", body);
        var request = new ApiRequest("Pricing.GetCsv", HttpMethod.Get, "/api/pricing");

        Assert.Equal(text, await Pipeline(server.BaseAddress).SendForTextAsync(request, CancellationToken.None));
    }

    private static ApiPipeline Pipeline(System.Uri baseAddress) =>
        new(new HttpClient(), new SevenClientOptions { ApiKey = Gateway.ApiKey, BaseAddress = baseAddress }, "X-Api-Key", Envelope, "Tests.Pipeline");
}
