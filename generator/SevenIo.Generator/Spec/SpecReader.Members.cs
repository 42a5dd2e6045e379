using System;
using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>Helpers shared by the readers: names, descriptions, defaults and map entries.</summary>
internal sealed partial class SpecReader
{
    private static string? DefaultText(JsonNode value, TypeModel type, IReadOnlyList<EnumModel> enums)
    {
        switch (type.Kind)
        {
            case ValueKind.String:
            case ValueKind.DateTime:
                return (value as JsonString)?.Value;
            case ValueKind.Enum:
                var text = (value as JsonString)?.Value;
                var declared = enums.FirstOrDefault(e => e.Name == type.Name);
                return declared is null || declared.Members.Any(m => m.WireValue == text) ? text : null;
            case ValueKind.Int32:
                return value is JsonNumber n32 && int.TryParse(n32.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _) ? n32.Text : null;
            case ValueKind.Int64:
                return value is JsonNumber n64 && long.TryParse(n64.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _) ? n64.Text : null;
            case ValueKind.Boolean:
                return value.Kind switch { JsonKind.True => "true", JsonKind.False => "false", _ => null };
            default:
                return null;
        }
    }

    private static string DescribeDefault(JsonNode value) => value switch
    {
        JsonString s => $"\"{s.Value}\"",
        JsonNumber n => n.Text,
        _ => value.KindDescription,
    };

    private static string Describe(TypeModel type) => type.Kind switch
    {
        ValueKind.String => "string",
        ValueKind.Int32 => "int32",
        ValueKind.Int64 => "int64",
        ValueKind.Boolean => "bool",
        ValueKind.DateTime => "datetime",
        ValueKind.Array => Describe(type.Element!) + "[]",
        _ => type.Name!,
    };

    /// <summary>The members of a map object (enums, models, operations), reporting duplicate keys.</summary>
    private List<JsonProperty> Entries(JsonObject? map, string path)
    {
        var result = new List<JsonProperty>();
        if (map is null)
        {
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in map.Properties)
        {
            if (property.Name.StartsWith("$", StringComparison.Ordinal))
            {
                continue;
            }

            if (!seen.Add(property.Name))
            {
                _diagnostics.Report(DiagnosticDescriptors.DuplicateKey, property.NameSpan, path, property.Name);
                continue;
            }

            result.Add(property);
        }

        return result;
    }

    /// <summary>A map key that names a C# type or member.</summary>
    /// <summary>A map key that names a C# type (an enum or model).</summary>
    private string? TypeName(JsonProperty entry, string path) => CheckName(entry.Name, entry.NameSpan, path, isType: true);

    /// <summary>A map key that names a C# member (an operation group or operation).</summary>
    private string? MemberName(JsonProperty entry, string path) => CheckName(entry.Name, entry.NameSpan, path, isType: false);

    private string? Identifier(SpecObject owner, string member, bool required, bool isType = false)
    {
        var json = owner.String(member, required);
        return json is null ? null : CheckName(json.Value, json.Span, owner.MemberPath(member), isType);
    }

    private string? CheckName(string name, SourceSpan span, string path, bool isType)
    {
        if (!Names.IsValidIdentifier(name))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, span, path, name, string.Empty);
            return null;
        }

        if (isType && !Names.IsValidTypeName(name))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, span, path, name, " for a type: C# reserves lower-case names for keywords (CS8981); start it with a capital letter");
            return null;
        }

        return name;
    }

    /// <summary>The explicit <c>csharpName</c>, or one derived from the wire name.</summary>
    private string? CSharpName(SpecObject item, string wireMember, JsonString wire, Func<string, string> derive)
    {
        var explicitName = item.String("csharpName");
        if (explicitName is not null)
        {
            return Identifier(item, "csharpName", required: true);
        }

        var derived = derive(wire.Value);
        if (Names.IsValidIdentifier(derived))
        {
            return derived;
        }

        _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, wire.Span, item.MemberPath(wireMember), derived, $" (derived from '{wire.Value}'); set 'csharpName'");
        return null;
    }

    private static SourceSpan NameSpan(SpecObject item, JsonString wire) => item.Member("csharpName")?.Value.Span ?? wire.Span;

    private static string? Description(SpecObject owner)
    {
        var value = owner.String("description")?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static bool IsHeaderName(string name) =>
        name.Length > 0 && name.All(c => c > ' ' && c < 127 && "()<>@,;:\\\"/[]?={}".IndexOf(c) < 0);
}
