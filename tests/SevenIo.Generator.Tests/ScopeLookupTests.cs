using System.Linq;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Spec;
using Xunit;

namespace SevenIo.Generator.Tests;

/// <summary>
/// Name scopes and spec objects search a short list and switch to a set above 16 entries; both
/// ways must find the same duplicates and keep the first declaration.
/// </summary>
public sealed class ScopeLookupTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(200)]
    public void A_name_scope_reports_the_second_use_of_a_name_at_any_size(int names)
    {
        var diagnostics = new SpecDiagnostics("/a.seven.json");
        var scope = new NameRegistry(diagnostics, "the parameter");
        scope.Reserve("cancellationToken", "the CancellationToken parameter every operation has");

        var added = Enumerable.Range(0, names).Select(i => scope.Add($"p{i}", default, $"parameters[{i}].name", $"parameters[{i}]")).ToList();
        var duplicate = scope.Add("p0", default, "parameters[x].name", "parameters[x]");
        var reserved = scope.Add("cancellationToken", default, "parameters[y].name", "parameters[y]");

        Assert.All(added, Assert.True);
        Assert.False(duplicate);
        Assert.False(reserved);
        var reports = diagnostics.ToArray().ToList();
        Assert.Equal(2, reports.Count);
        Assert.All(reports, r => Assert.Equal(DiagnosticIds.DuplicateName, r.Id));
        Assert.Equal(new[] { "parameters[x].name", "p0", "the parameter at parameters[0]" }, reports[0].Arguments);
        Assert.Equal("the CancellationToken parameter every operation has", reports[1].Arguments[2]);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(40)]
    public void A_spec_object_reports_repeated_keys_and_reads_the_first_at_any_size(int members)
    {
        var keys = Enumerable.Range(0, members).Select(i => $"\"$k{i}\": {i}").Append("\"$k1\": \"again\"");
        var json = (JsonObject)JsonParser.Parse("{" + string.Join(", ", keys) + "}").Root!;
        var diagnostics = new SpecDiagnostics("/a.seven.json");

        var spec = SpecObject.From(json, "client", diagnostics)!;

        var report = Assert.Single(diagnostics.ToArray());
        Assert.Equal(DiagnosticIds.DuplicateKey, report.Id);
        Assert.Equal("1", ((JsonNumber)spec.Value("$k1", required: false)!).Text);
        Assert.Equal((members - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ((JsonNumber)spec.Value($"$k{members - 1}", required: false)!).Text);
    }
}
