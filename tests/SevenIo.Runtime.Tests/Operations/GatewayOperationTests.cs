using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>
/// Every operation of the gateway through the generated client against a loopback Kestrel server:
/// method, path, encoding and every parameter on the wire, and the recorded answer read field by field.
/// </summary>
public sealed class GatewayOperationTests
{
    private static readonly Dictionary<string, WireCase> Cases = WireCases.All();

    public static TheoryData<string> Operations => new(Cases.Keys.Order(StringComparer.Ordinal));

    internal static WireCase Case(string operation) => Cases[operation];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_operation_sends_every_parameter_and_reads_the_recorded_answer(string operation)
    {
        var wire = Cases[operation];
        await using var server = await Gateway.AnswerAsync(200, "application/json", wire.Answer);

        var result = await wire.Call(Gateway.Client(server.BaseAddress));

        var request = Assert.Single(server.Requests);
        Assert.Equal((wire.Method, wire.Path, wire.Query), (request.Method, request.Path, request.Query));
        Assert.Equal((wire.ContentType, wire.Body), (request.ContentType, request.Body));
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal(Gateway.ApiKey, request.Header("X-Api-Key"));
        wire.Check(result);
    }

    [Fact]
    public void Every_operation_of_the_reference_has_a_wire_case()
    {
        // 51 operations of the reference; GetCsv is the pricing operation's second way of answering.
        Assert.Equal(52, Cases.Count);
        Assert.Equal(GeneratedOperations.All, Cases.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Docs_coverage_lists_every_operation_with_its_wire_case()
    {
        var coverage = System.IO.File.ReadAllText(SevenIo.Testing.RepositoryPaths.Combine("docs", "coverage.md"));

        Assert.All(GeneratedOperations.All, operation =>
        {
            var (group, name) = (operation[..operation.IndexOf('.', StringComparison.Ordinal)], operation[(operation.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            Assert.Contains($"`client.{group}.{name}Async`", coverage, StringComparison.Ordinal);
            Assert.Contains($"`{operation}`;", coverage, StringComparison.Ordinal);
        });
        Assert.Contains("**51 of 51**", coverage, StringComparison.Ordinal);
    }
}
