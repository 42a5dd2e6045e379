using System;
using System.Collections.Generic;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;

namespace SevenIo.Generator.Spec;

/// <summary>Names that must be unique within one scope; a second use is reported where it is written.</summary>
internal sealed class NameRegistry
{
    /// <summary>Most scopes hold a few names (an operation's parameters); above this many a dictionary takes over.</summary>
    private const int LinearSearchLimit = 16;

    private readonly List<KeyValuePair<string, string>> _few = new();
    private readonly SpecDiagnostics _diagnostics;
    private readonly string _kind;
    private readonly Action<string, SourceSpan>? _added;
    private Dictionary<string, string>? _many;

    public NameRegistry(SpecDiagnostics diagnostics, string kind, Action<string, SourceSpan>? added = null)
    {
        _diagnostics = diagnostics;
        _kind = kind;
        _added = added;
    }

    public void Reserve(string name, string owner)
    {
        if (Owner(name) is null)
        {
            Store(name, owner);
        }
    }

    /// <summary>Adds a name; reports and returns false when it is taken.</summary>
    public bool Add(string name, SourceSpan span, string path, string owner) => Claim(name, span, null, path, owner);

    /// <summary>Adds the name written in <paramref name="member"/> of <paramref name="item"/>; its path is only built for a report.</summary>
    public bool Add(string name, SourceSpan span, SpecObject item, string member, string owner) => Claim(name, span, item, member, owner);

    private bool Claim(string name, SourceSpan span, SpecObject? item, string memberOrPath, string owner)
    {
        if (Owner(name) is { } previous)
        {
            var path = item is null ? memberOrPath : item.MemberPath(memberOrPath);
            _diagnostics.Report(DiagnosticDescriptors.DuplicateName, span, path, name, previous.StartsWith("the ", StringComparison.Ordinal) ? previous : $"{_kind} at {previous}");
            return false;
        }

        Store(name, owner);
        _added?.Invoke(name, span);
        return true;
    }

    private string? Owner(string name)
    {
        if (_many is not null)
        {
            return _many.TryGetValue(name, out var owner) ? owner : null;
        }

        foreach (var entry in _few)
        {
            if (string.Equals(entry.Key, name, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }

    private void Store(string name, string owner)
    {
        if (_many is not null)
        {
            _many.Add(name, owner);
            return;
        }

        _few.Add(new KeyValuePair<string, string>(name, owner));
        if (_few.Count > LinearSearchLimit)
        {
            _many = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in _few)
            {
                _many.Add(entry.Key, entry.Value);
            }

            _few.Clear();
        }
    }
}
