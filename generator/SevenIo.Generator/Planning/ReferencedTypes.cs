using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Planning;

/// <summary>
/// The generated types whose full names a referenced assembly already uses, as a public type or a
/// namespace (a spec that puts a model <c>Uri</c> into namespace <c>System</c>). Declaring them would
/// give CS0436 or worse, so their client is not generated and the spec gets SEVEN017 instead.
/// Only namespaces that exist in a reference are searched, so this costs a few lookups per edit.
/// </summary>
internal static class ReferencedTypes
{
    public static EquatableArray<string> Find(EquatableArray<GeneratedClient> clients, Compilation compilation)
    {
        var taken = new List<string>();
        var namespaces = new Dictionary<string, INamespaceSymbol?>();
        foreach (var fullName in clients.SelectMany(c => c.Origins).Select(o => o.FullName).Distinct())
        {
            var dot = fullName.LastIndexOf('.');
            var ns = fullName.Substring(0, dot);
            if (!namespaces.TryGetValue(ns, out var symbol))
            {
                namespaces[ns] = symbol = Namespace(compilation, ns);
            }

            if (symbol is not null && symbol.GetMembers(fullName.Substring(dot + 1)).Any(IsReferenced))
            {
                taken.Add(fullName);
            }
        }

        return taken.ToEquatableArray();
    }

    private static INamespaceSymbol? Namespace(Compilation compilation, string name)
    {
        var current = compilation.GlobalNamespace;
        foreach (var part in name.Split('.'))
        {
            current = current.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>A namespace or public type that comes from a referenced assembly rather than the project's own source.</summary>
    private static bool IsReferenced(INamespaceOrTypeSymbol symbol) => symbol switch
    {
        INamespaceSymbol ns => ns.ConstituentNamespaces.Any(n => n.Locations.Any(l => l.IsInMetadata)),
        INamedTypeSymbol type => type.DeclaredAccessibility == Accessibility.Public && type.Locations.Any(l => l.IsInMetadata),
        _ => false,
    };
}
