using System;
using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>
/// The declarations of every file of a client, merged: the first file to declare an enum, model,
/// group or operation declares it; later files add to it (values, properties, operations,
/// parameters). Declaring the same thing again is fine when it is the same; otherwise it is a clash,
/// reported at the later declaration, which is dropped so that the first one stays whole.
/// Parameters that a file adds to an operation are merged once every file has declared its
/// operations, so an addition may come in a file before the one that declares what it adds to.
/// </summary>
internal sealed partial class ClientBuilder
{
    private sealed class Merged
    {
        public List<EnumDeclaration> Enums { get; } = new();

        public List<ModelDeclaration> Models { get; } = new();

        public List<GroupDeclaration> Groups { get; } = new();

        public List<EventDeclaration> Events { get; } = new();

        /// <summary>Enums, models, groups and events that the package's files declare (not the user's).</summary>
        public HashSet<string> Packaged { get; } = new(StringComparer.Ordinal);
    }

    private Merged Merge()
    {
        var merged = new Merged();
        foreach (var document in _documents)
        {
            foreach (var declaration in document.Enums)
            {
                var index = merged.Enums.FindIndex(e => e.Name == declaration.Name);
                if (index < 0)
                {
                    merged.Enums.Add(declaration);
                    MarkPackaged(merged, document, "enum " + declaration.Name);
                }
                else
                {
                    merged.Enums[index] = merged.Enums[index] with { Values = AddValues(merged.Enums[index], declaration) };
                }
            }

            foreach (var declaration in document.Models)
            {
                var index = merged.Models.FindIndex(m => m.Name == declaration.Name);
                if (index < 0)
                {
                    merged.Models.Add(declaration);
                    MarkPackaged(merged, document, "model " + declaration.Name);
                }
                else
                {
                    merged.Models[index] = AddProperties(merged.Models[index], declaration);
                }
            }

            foreach (var declaration in document.Groups)
            {
                var index = merged.Groups.FindIndex(g => g.Name == declaration.Name);
                if (index < 0)
                {
                    merged.Groups.Add(declaration with { Operations = declaration.Operations.Where(op => op.Declares).ToEquatableArray() });
                    MarkPackaged(merged, document, "group " + declaration.Name);
                }
                else
                {
                    merged.Groups[index] = AddOperations(merged.Groups[index], declaration);
                }
            }

            foreach (var declaration in document.Events)
            {
                var same = merged.Events.Find(e => e.Name.Wire == declaration.Name.Wire);
                if (same is null)
                {
                    merged.Events.Add(declaration);
                    MarkPackaged(merged, document, "event " + declaration.Name.Wire);
                }
                else if (same.Data.Text != declaration.Data.Text || same.Name.CSharpName != declaration.Name.CSharpName)
                {
                    Clash(declaration.At, declaration.Name.Wire, $"the event at {In(same.At, declaration.At)}, with another data model or C# name");
                }
            }
        }

        foreach (var added in _documents.SelectMany(document => document.Groups))
        {
            foreach (var operation in added.Operations.Where(op => !op.Declares))
            {
                var groupIndex = merged.Groups.FindIndex(g => g.Name == added.Name);
                var operations = merged.Groups[groupIndex].Operations.ToList();
                var index = operations.FindIndex(op => op.Name == operation.Name);
                if (index < 0)
                {
                    _diagnostics.Report(
                        DiagnosticDescriptors.InvalidValue,
                        operation.At,
                        $"there is no operation '{added.Name}.{operation.Name}' to add parameters to; to declare one, give its method, path and response");
                    continue;
                }

                operations[index] = AddParameters(operations[index], operation);
                merged.Groups[groupIndex] = merged.Groups[groupIndex] with { Operations = operations.ToEquatableArray() };
            }
        }

        return merged;
    }

    private static void MarkPackaged(Merged merged, SpecDocument document, string key)
    {
        if (document.IsPackaged)
        {
            merged.Packaged.Add(key);
        }
    }

    private EquatableArray<EnumValueDeclaration> AddValues(EnumDeclaration existing, EnumDeclaration added)
    {
        var values = existing.Values.ToList();
        foreach (var value in added.Values)
        {
            var same = values.FirstOrDefault(v => v.Name.Wire == value.Name.Wire);
            if (same is null)
            {
                values.Add(value);
            }
            else if (same.Name.CSharpName != value.Name.CSharpName)
            {
                Clash(value.Name.WireAt, value.Name.Wire, $"the enum value at {In(same.Name.WireAt, value.Name.WireAt)}, with another C# name");
            }
        }

        return values.ToEquatableArray();
    }

    private ModelDeclaration AddProperties(ModelDeclaration existing, ModelDeclaration added)
    {
        if (existing.IsUnion || added.IsUnion)
        {
            return AddCases(existing, added);
        }

        var properties = existing.Properties.ToList();
        foreach (var property in added.Properties)
        {
            var same = properties.FirstOrDefault(p => p.Name.Wire == property.Name.Wire);
            if (same is null)
            {
                properties.Add(property);
            }
            else if (same.Type.Text != property.Type.Text || same.Type.Format != property.Type.Format || same.Nullable != property.Nullable || same.Name.CSharpName != property.Name.CSharpName)
            {
                Clash(property.Name.WireAt, property.Name.Wire, $"the property at {In(same.Name.WireAt, property.Name.WireAt)}, with another type or C# name ({Describe(same)})");
            }
        }

        if (added.AdditionalProperties is { } additional && existing.AdditionalProperties is { } first && additional.Text != first.Text)
        {
            Clash(additional.At, additional.Text, $"the additional properties of the model at {In(first.At, additional.At)}");
        }

        if (added.FromString is { } fromString && existing.FromString is { } firstFromString && fromString.Name != firstFromString.Name)
        {
            Clash(fromString.At, fromString.Name, $"the fromString member at {In(firstFromString.At, fromString.At)}");
        }

        if (added.PartialSuccess is { } partial && existing.PartialSuccess is { } firstPartial
            && (partial.Items.Name, partial.Success.Name, partial.Code?.Name) != (firstPartial.Items.Name, firstPartial.Success.Name, firstPartial.Code?.Name))
        {
            Clash(partial.At, "partialSuccess", $"the partialSuccess of the model at {In(firstPartial.At, partial.At)}");
        }

        return existing with
        {
            Properties = properties.ToEquatableArray(),
            AdditionalProperties = existing.AdditionalProperties ?? added.AdditionalProperties,
            FromString = existing.FromString ?? added.FromString,
            PartialSuccess = existing.PartialSuccess ?? added.PartialSuccess,
        };
    }

    /// <summary>
    /// A <c>oneOf</c> model gets the cases another file lists: each before the existing case that has
    /// no condition, which must stay last. A model with properties and a <c>oneOf</c> model of the
    /// same name clash.
    /// </summary>
    private ModelDeclaration AddCases(ModelDeclaration existing, ModelDeclaration added)
    {
        if (existing.IsUnion != added.IsUnion)
        {
            Clash(added.At, added.Name, $"the model at {In(existing.At, added.At)}, which {(existing.IsUnion ? "is a oneOf model" : "has properties")}");
            return existing;
        }

        var cases = existing.OneOf.ToList();
        foreach (var addedCase in added.OneOf)
        {
            if (cases.Any(c => c.Model.Text == addedCase.Model.Text && c.WhenMember == addedCase.WhenMember && c.WhenEquals == addedCase.WhenEquals))
            {
                continue;
            }

            var fallback = cases.FindIndex(c => c.WhenMember is null);
            if (addedCase.WhenMember is null && fallback >= 0)
            {
                Clash(addedCase.At, addedCase.Model.Text, $"the case without a condition at {In(cases[fallback].At, addedCase.At)}; a oneOf model has at most one");
                continue;
            }

            cases.Insert(fallback < 0 ? cases.Count : fallback, addedCase);
        }

        return existing with { OneOf = cases.ToEquatableArray() };
    }

    private GroupDeclaration AddOperations(GroupDeclaration existing, GroupDeclaration added)
    {
        if (added.ClassName is { } className && existing.ClassName is { } firstClassName && className != firstClassName)
        {
            Clash(added.ClassNameAt, className, $"the group's class name '{firstClassName}' at {In(existing.ClassNameAt, added.ClassNameAt)}");
        }

        var operations = existing.Operations.ToList();
        foreach (var operation in added.Operations.Where(op => op.Declares))
        {
            var index = operations.FindIndex(op => op.Name == operation.Name);
            if (index < 0)
            {
                operations.Add(operation);
            }
            else
            {
                Clash(operation.At, $"{added.Name}.{operation.Name}", $"the operation at {In(operations[index].At, operation.At)}; to add parameters to it, leave out method, path and response");
            }
        }

        // A group that earlier files only added parameters to comes from the first file that declares an operation in it.
        var adopt = existing.Operations.Count == 0 && operations.Count > 0;
        return existing with
        {
            At = adopt ? added.At : existing.At,
            ClassName = existing.ClassName ?? added.ClassName,
            ClassNameAt = existing.ClassName is null && (added.ClassName is not null || adopt) ? added.ClassNameAt : existing.ClassNameAt,
            Description = existing.Description ?? added.Description,
            Operations = operations.ToEquatableArray(),
        };
    }

    /// <summary>An overlay's parameters go into every parameter set of the operation it adds to.</summary>
    private OperationDeclaration AddParameters(OperationDeclaration existing, OperationDeclaration added)
    {
        var sets = existing.ParameterSets.ToList();
        for (var i = 0; i < sets.Count; i++)
        {
            var parameters = sets[i].Parameters.ToList();
            foreach (var parameter in added.ParameterSets.SelectMany(set => set.Parameters))
            {
                var same = parameters.FirstOrDefault(p => p.Name.Wire == parameter.Name.Wire);
                if (same is null)
                {
                    parameters.Add(parameter);
                }
                else if (i == 0 && (same.Type.Text != parameter.Type.Text || same.Required != parameter.Required || same.Name.CSharpName != parameter.Name.CSharpName))
                {
                    Clash(parameter.Name.WireAt, parameter.Name.Wire, $"the parameter at {In(same.Name.WireAt, parameter.Name.WireAt)}, with another type or C# name");
                }
            }

            sets[i] = sets[i] with { Parameters = parameters.ToEquatableArray() };
        }

        return existing with { ParameterSets = sets.ToEquatableArray() };
    }

    private void Clash(Declared at, string name, string owner) => _diagnostics.Report(DiagnosticDescriptors.DuplicateName, at, name, owner);

    /// <summary>A JSON path, and the file it is in when that is not the file being reported.</summary>
    private static string In(Declared owner, Declared reporter) =>
        owner.Location.Path == reporter.Location.Path ? owner.JsonPath : $"{owner.JsonPath} in {System.IO.Path.GetFileName(owner.Location.Path)}";

    private static string Describe(PropertyDeclaration property) =>
        property.Type.Text + (property.Nullable ? ", nullable" : string.Empty) + (property.Name.CSharpName is { } name ? ", " + name : string.Empty);
}
