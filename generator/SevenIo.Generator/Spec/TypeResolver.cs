using System.Collections.Generic;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>
/// Resolves the type names a spec writes (<c>string</c>, <c>int64</c>, <c>Hook[]</c>, ...) against
/// the built-in types and the enums and models the same spec declares.
/// </summary>
internal sealed class TypeResolver
{
    /// <summary>A string that must be an absolute http or https URI; parameters are checked before sending.</summary>
    public const string HttpUriFormat = "http-uri";

    private readonly HashSet<string> _enums;
    private readonly HashSet<string> _models;
    private readonly SpecDiagnostics _diagnostics;

    public TypeResolver(IEnumerable<string> enums, IEnumerable<string> models, SpecDiagnostics diagnostics)
    {
        _enums = new HashSet<string>(enums);
        _models = new HashSet<string>(models);
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Reads the <c>type</c> member of <paramref name="owner"/> and, for date and time values, its
    /// <c>format</c> member. Returns null (after reporting) when the type cannot be used.
    /// </summary>
    public TypeModel? Resolve(SpecObject owner)
    {
        var typeNode = owner.String("type", required: true);
        if (typeNode is null)
        {
            return null;
        }

        var text = typeNode.Value.Trim();
        var isArray = text.EndsWith("[]", System.StringComparison.Ordinal);
        var elementText = isArray ? text.Substring(0, text.Length - 2).Trim() : text;
        if (elementText.EndsWith("[]", System.StringComparison.Ordinal))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, typeNode.Span, owner.MemberPath("type"), "arrays of arrays are not supported");
            return null;
        }

        var element = ResolveSingle(elementText, owner, typeNode);
        if (element is null)
        {
            return null;
        }

        return isArray ? new TypeModel(ValueKind.Array, Element: element) : element;
    }

    private TypeModel? ResolveSingle(string name, SpecObject owner, JsonString typeNode)
    {
        switch (name)
        {
            case "string":
                var stringFormat = owner.String("format");
                if (stringFormat is not null && stringFormat.Value != HttpUriFormat)
                {
                    _diagnostics.Report(DiagnosticDescriptors.InvalidValue, stringFormat.Span, owner.MemberPath("format"), $"'{stringFormat.Value}' is not a string format; the only one is '{HttpUriFormat}'");
                    return null;
                }

                return new TypeModel(ValueKind.String, Format: stringFormat?.Value);
            case "int32":
                return new TypeModel(ValueKind.Int32);
            case "int64":
                return new TypeModel(ValueKind.Int64);
            case "bool":
                return new TypeModel(ValueKind.Boolean);
            case "datetime":
                var format = owner.String("format", required: true);
                if (format is null)
                {
                    return null;
                }

                if (format.Value.Length == 0)
                {
                    _diagnostics.Report(DiagnosticDescriptors.InvalidValue, format.Span, owner.MemberPath("format"), "a date and time format must not be empty");
                    return null;
                }

                return new TypeModel(ValueKind.DateTime, Format: format.Value);
        }

        if (_enums.Contains(name))
        {
            return new TypeModel(ValueKind.Enum, Name: name);
        }

        if (_models.Contains(name))
        {
            return new TypeModel(ValueKind.Model, Name: name);
        }

        _diagnostics.Report(DiagnosticDescriptors.UnknownType, typeNode.Span, owner.MemberPath("type"), typeNode.Value);
        return null;
    }
}
