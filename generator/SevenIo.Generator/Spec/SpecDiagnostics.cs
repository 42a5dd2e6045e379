using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>Collects the problems found in one spec file, each located by span.</summary>
internal sealed class SpecDiagnostics
{
    private readonly List<DiagnosticInfo> _items = new();

    public SpecDiagnostics(string filePath)
    {
        FilePath = filePath;
    }

    public string FilePath { get; }

    public int ErrorCount { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
    {
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }

        _items.Add(new DiagnosticInfo(descriptor.Id, FilePath, span, arguments.ToEquatableArray()));
    }

    public EquatableArray<DiagnosticInfo> ToArray() => _items.ToEquatableArray();
}
