using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SevenIo.Generator.Tests;

/// <summary>What MSBuild would tell the generator: global properties, and metadata of additional files.</summary>
internal sealed class TestOptions : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;
    private readonly HashSet<string> _packaged;

    /// <param name="groups">The <c>SevenIoGroups</c> property, if set.</param>
    /// <param name="packaged">The paths of the additional files marked <c>SevenIoPackaged</c>.</param>
    public TestOptions(string? groups = null, IEnumerable<string>? packaged = null)
    {
        _global = new Options(groups is null ? [] : new Dictionary<string, string> { ["build_property.SevenIoGroups"] = groups });
        _packaged = new HashSet<string>(packaged ?? []);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _packaged.Contains(textFile.Path) ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SevenIoPackaged"] = "true" }) : Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new([]);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
