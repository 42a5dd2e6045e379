using System;
using System.Collections.Generic;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Model;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>
/// Resolves the type names a spec writes (<c>string</c>, <c>int64</c>, <c>Hook[]</c>, ...) against the
/// built-in types and the enums and models of the client.
/// </summary>
internal sealed class TypeResolver
{
    private readonly Dictionary<string, TypeModel> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _enumValues = new(StringComparer.Ordinal);

    /// <param name="name">The enum.</param>
    /// <param name="wireValues">Its values as the wire spells them; null for an enum declared with errors.</param>
    public void AddEnum(string name, IEnumerable<string>? wireValues = null)
    {
        _declared[name] = new TypeModel(ValueKind.Enum, name);
        if (wireValues is not null)
        {
            _enumValues[name] = new HashSet<string>(wireValues, StringComparer.Ordinal);
        }
    }

    /// <param name="name">The model.</param>
    /// <param name="jsonClass">Its JSON class; null for a model declared with errors, which is never generated.</param>
    /// <param name="isUnion">A <c>oneOf</c> model.</param>
    public void AddModel(string name, string? jsonClass, bool isUnion = false) =>
        _declared[name] = new TypeModel(ValueKind.Model, name, jsonClass, IsAbstract: isUnion);

    /// <summary>Whether the enum has the value; true for an enum whose values are not known (declared with errors).</summary>
    public bool HasValue(string enumName, string wireValue) => !_enumValues.TryGetValue(enumName, out var values) || values.Contains(wireValue);

    /// <summary>Whether the model is a <c>oneOf</c> model.</summary>
    public bool IsUnion(string modelName) => _declared.TryGetValue(modelName, out var type) && type.Kind == ValueKind.Model && type.IsAbstract;

    /// <summary>
    /// The type, or null (reported) when nothing of that name is declared. A type that is declared
    /// but left out resolves too: what uses it is left out later, without another error.
    /// </summary>
    public TypeModel? Resolve(TypeReference reference, BuildDiagnostics diagnostics)
    {
        var text = reference.Text;
        var isArray = text.EndsWith("[]", StringComparison.Ordinal);
        var name = isArray ? text.Substring(0, text.Length - 2).Trim() : text;
        TypeModel? element;
        if (BuiltInTypes.Find(name) is { } kind)
        {
            element = kind == ValueKind.DateTime && reference.Format == BuiltInTypes.UnixSecondsFormat
                ? new TypeModel(ValueKind.UnixTime)
                : new TypeModel(kind, Format: kind == ValueKind.DateTime ? reference.Format : null);
        }
        else if (!_declared.TryGetValue(name, out element))
        {
            diagnostics.Report(DiagnosticDescriptors.UnknownType, reference.At, reference.Text);
            return null;
        }

        return isArray ? new TypeModel(ValueKind.Array, Element: element) : element;
    }
}
