using System;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;

namespace SevenIo.Generator.Building;

/// <summary>
/// <c>SevenIoGroups</c>: only the package's groups it names are generated, and only the package's
/// enums and models that something generated uses. What the user's own files declare always is.
/// The package's webhook events count as one more group, <c>Events</c>.
/// </summary>
internal sealed partial class ClientBuilder
{
    /// <summary>The name under which <c>SevenIoGroups</c> selects the package's webhook events.</summary>
    private const string EventsGroup = "Events";

    private void Select(Merged merged, BuildSettings settings)
    {
        if (settings.Groups.Count == 0)
        {
            return;
        }

        var packagedGroups = merged.Groups.Where(g => merged.Packaged.Contains("group " + g.Name)).Select(g => g.Name).ToList();
        var packagedEvents = merged.Events.Any(e => merged.Packaged.Contains("event " + e.Name.Wire));
        if (packagedEvents)
        {
            packagedGroups.Add(EventsGroup);
        }

        foreach (var wanted in settings.Groups)
        {
            if (!packagedGroups.Contains(wanted, StringComparer.OrdinalIgnoreCase))
            {
                var known = packagedGroups.Count == 0 ? "none" : string.Join(", ", packagedGroups);
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownGroup, SpecLocation.None, wanted, known));
            }
        }

        merged.Groups.RemoveAll(g => merged.Packaged.Contains("group " + g.Name) && !settings.Groups.Contains(g.Name, StringComparer.OrdinalIgnoreCase));
        if (!settings.Groups.Contains(EventsGroup, StringComparer.OrdinalIgnoreCase))
        {
            merged.Events.RemoveAll(e => merged.Packaged.Contains("event " + e.Name.Wire));
        }

        // What is left uses some types: keep those, and every type of the user's own files.
        var roots = merged.Groups.SelectMany(g => g.Operations)
            .SelectMany(operation => operation.ParameterSets.SelectMany(s => s.Parameters).Select(p => TypeGraph.Named(p.Type)).Prepend(TypeGraph.Named(operation.Response?.Type)))
            .Concat(merged.Events.Select(e => TypeGraph.Named(e.Data)))
            .Concat(merged.Models.Where(m => !merged.Packaged.Contains("model " + m.Name)).Select(m => m.Name))
            .Concat(merged.Enums.Where(e => !merged.Packaged.Contains("enum " + e.Name)).Select(e => e.Name))
            .WhereNotNull();
        var used = TypeGraph.Reach(roots, merged.Models.ToDictionary(m => m.Name, StringComparer.Ordinal));

        merged.Enums.RemoveAll(e => !used.Contains(e.Name));
        merged.Models.RemoveAll(m => !used.Contains(m.Name));
    }
}
