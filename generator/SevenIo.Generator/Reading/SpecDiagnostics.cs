using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;

namespace SevenIo.Generator.Reading;

/// <summary>Collects the problems found in one spec file, each located in the file's text.</summary>
internal sealed class SpecDiagnostics
{
    private readonly List<DiagnosticInfo> _items = new();
    private readonly SourceText _text;

    public SpecDiagnostics(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public string Path { get; }

    public int ErrorCount { get; private set; }

    public SpecLocation Locate(TextSpan span) => SpecLocation.In(Path, _text, span);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params string[] arguments) =>
        Report(descriptor, Locate(span), arguments);

    public void Report(DiagnosticDescriptor descriptor, SpecLocation location, params string[] arguments)
    {
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }

        _items.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }

    public EquatableArray<DiagnosticInfo> ToArray() => _items.ToEquatableArray();
}
