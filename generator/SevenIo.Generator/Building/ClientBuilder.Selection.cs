using System;
using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Reading;

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
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        void Use(TypeReference? type)
        {
            var name = type?.Text.EndsWith("[]", StringComparison.Ordinal) == true ? type.Text.Substring(0, type.Text.Length - 2).Trim() : type?.Text;
            if (name is not null && used.Add(name))
            {
                pending.Push(name);
            }
        }

        foreach (var operation in merged.Groups.SelectMany(g => g.Operations))
        {
            Use(operation.Response?.Type);
            foreach (var parameter in operation.ParameterSets.SelectMany(s => s.Parameters))
            {
                Use(parameter.Type);
            }
        }

        foreach (var webhookEvent in merged.Events)
        {
            Use(webhookEvent.Data);
        }

        foreach (var model in merged.Models.Where(m => !merged.Packaged.Contains("model " + m.Name)))
        {
            Use(new TypeReference(model.Name, null, model.At));
        }

        foreach (var enumDeclaration in merged.Enums.Where(e => !merged.Packaged.Contains("enum " + e.Name)))
        {
            used.Add(enumDeclaration.Name);
        }

        while (pending.Count > 0)
        {
            var name = pending.Pop();
            var model = merged.Models.FirstOrDefault(m => m.Name == name);
            if (model is not null)
            {
                Use(model.AdditionalProperties);
                foreach (var property in model.Properties)
                {
                    Use(property.Type);
                }

                foreach (var unionCase in model.OneOf)
                {
                    Use(unionCase.Model);
                }
            }
        }

        merged.Enums.RemoveAll(e => !used.Contains(e.Name));
        merged.Models.RemoveAll(m => !used.Contains(m.Name));
    }
}
