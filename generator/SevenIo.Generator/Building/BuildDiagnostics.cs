using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>The problems found once the spec files meet, each at a declaration's location with its JSON path first.</summary>
internal sealed class BuildDiagnostics
{
    private readonly List<DiagnosticInfo> _items = new();

    public int ErrorCount { get; private set; }

    /// <summary>Reports at <paramref name="at"/>; the message's first argument is its JSON path.</summary>
    public void Report(DiagnosticDescriptor descriptor, Declared at, params string[] arguments)
    {
        var withPath = new string[arguments.Length + 1];
        withPath[0] = at.JsonPath;
        arguments.CopyTo(withPath, 1);
        Add(DiagnosticInfo.Create(descriptor, at.Location, withPath));
    }

    public void Add(DiagnosticInfo diagnostic)
    {
        if (diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }

        _items.Add(diagnostic);
    }

    public EquatableArray<DiagnosticInfo> ToArray() => _items.ToEquatableArray();
}
