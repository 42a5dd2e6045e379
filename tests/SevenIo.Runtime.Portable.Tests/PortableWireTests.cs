using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SevenIo.Runtime.Tests.Operations;
using Xunit;

namespace SevenIo.Runtime.Portable.Tests;

/// <summary>
/// Every operation through the client generated over the runtime's netstandard2.0 build: the request
/// it writes (its own form encoder, without the vectorized search) and the recorded answer read
/// through its asynchronous body reads, against the same wire cases as the net8.0 build.
/// </summary>
public sealed class PortableWireTests
{
    private static readonly Dictionary<string, WireCase> Cases = WireCases.All();

    public static TheoryData<string> Operations => new(Cases.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void The_runtime_under_test_is_the_netstandard2_0_build()
    {
        var framework = typeof(ApiPipeline).Assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>();

        Assert.Equal(".NETStandard,Version=v2.0", framework?.FrameworkName);
        Assert.Equal(52, Cases.Count);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_operation_sends_every_parameter_and_reads_the_recorded_answer(string operation)
    {
        var wire = Cases[operation];
        var handler = new RecordingHandler(wire.Answer);
        using var httpClient = new HttpClient(handler);

        var result = await wire.Call(new SevenClient(httpClient, new SevenClientOptions { ApiKey = "portable-key" }));

        var request = Assert.Single(handler.Requests);
        Assert.Equal((wire.Method, wire.Path, wire.Query), (request.Method, request.Path, request.Query));
        Assert.Equal((wire.ContentType, wire.Body), (request.ContentType, request.Body));
        wire.Check(result);
    }

    private sealed record Recorded(string Method, string Path, string Query, string? ContentType, string Body);

    private sealed class RecordingHandler(string answer) : HttpMessageHandler
    {
        public List<Recorded> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            var uri = request.RequestUri!;
            Requests.Add(new Recorded(request.Method.Method, uri.AbsolutePath, uri.Query, request.Content?.Headers.ContentType?.ToString(), body));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json"), RequestMessage = request };
        }
    }
}
