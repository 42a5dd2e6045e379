using System;
using System.Collections.Generic;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;

namespace SevenIo.Generator.Spec;

/// <summary>Names that must be unique within one scope; a second use is reported where it is written.</summary>
internal sealed class NameRegistry
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);
    private readonly SpecDiagnostics _diagnostics;
    private readonly string _kind;

    private readonly Action<string, SourceSpan>? _added;

    public NameRegistry(SpecDiagnostics diagnostics, string kind, Action<string, SourceSpan>? added = null)
    {
        _diagnostics = diagnostics;
        _kind = kind;
        _added = added;
    }

    public void Reserve(string name, string owner) => _owners[name] = owner;

    /// <summary>Adds a name; reports and returns false when it is taken.</summary>
    public bool Add(string name, SourceSpan span, string path, string owner)
    {
        if (_owners.TryGetValue(name, out var previous))
        {
            _diagnostics.Report(DiagnosticDescriptors.DuplicateName, span, path, name, previous.StartsWith("the ", StringComparison.Ordinal) ? previous : $"{_kind} at {previous}");
            return false;
        }

        _owners.Add(name, owner);
        _added?.Invoke(name, span);
        return true;
    }
}
