using System;
using System.Collections.Generic;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>Reading enums, models and type references.</summary>
internal sealed partial class DocumentReader
{
    private static readonly string[] EnumMembers = { "description", "values" };
    private static readonly string[] EnumValueMembers = { "value", "csharpName", "description" };
    private static readonly string[] ModelMembers = { "description", "properties", "additionalProperties", "fromString" };

    // acceptsString is still understood: every number and boolean is now read from a string too.
    private static readonly string[] PropertyMembers = { "name", "csharpName", "type", "format", "nullable", "acceptsString", "description" };

    private EnumDeclaration? ReadEnum(JsonProperty entry, string path)
    {
        var json = SpecObject.From(entry.Value, path, _diagnostics, EnumMembers);
        var name = KeyName(entry, path, isType: true);
        var valuesJson = json?.Array("values", required: true);
        if (json is null || name is null || valuesJson is null)
        {
            return null;
        }

        if (valuesJson.Items.Count == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.EmptyEnum, valuesJson.Span, json.MemberPath("values"), name);
            return null;
        }

        var values = new List<EnumValueDeclaration>();
        for (var i = 0; i < valuesJson.Items.Count; i++)
        {
            var item = SpecObject.From(valuesJson.Items[i], $"{path}.values[{i}]", _diagnostics, EnumValueMembers);
            if (item is null)
            {
                continue;
            }

            if (WireAndCSharpName(item, "value") is { } valueName)
            {
                values.Add(new EnumValueDeclaration(valueName, Description(item)));
            }
        }

        return new EnumDeclaration(name, Description(json), values.ToEquatableArray(), At(path, entry.NameSpan));
    }

    private ModelDeclaration? ReadModel(JsonProperty entry, string path)
    {
        var json = SpecObject.From(entry.Value, path, _diagnostics, ModelMembers);
        var name = KeyName(entry, path, isType: true);
        var propertiesJson = json?.Array("properties", required: true);
        if (json is null || name is null || propertiesJson is null)
        {
            return null;
        }

        var properties = new List<PropertyDeclaration>();
        for (var i = 0; i < propertiesJson.Items.Count; i++)
        {
            var item = SpecObject.From(propertiesJson.Items[i], $"{path}.properties[{i}]", _diagnostics, PropertyMembers);
            if (item is null)
            {
                continue;
            }

            var propertyName = WireAndCSharpName(item, "name");
            var type = ReadType(item);
            var nullable = item.Boolean("nullable");
            item.Boolean("acceptsString");
            if (propertyName is not null && type is not null)
            {
                properties.Add(new PropertyDeclaration(propertyName, type, nullable, Description(item)));
            }
        }

        TypeReference? additional = null;
        if (json.String("additionalProperties") is { } additionalJson)
        {
            additional = new TypeReference(additionalJson.Value.Trim(), null, At(json.MemberPath("additionalProperties"), additionalJson.Span));
        }

        var fromString = json.String("fromString") is { } fromJson ? new WireReference(fromJson.Value, At(json.MemberPath("fromString"), fromJson.Span)) : null;
        return new ModelDeclaration(name, Description(json), properties.ToEquatableArray(), additional, fromString, At(path, entry.NameSpan));
    }

    /// <summary>
    /// Reads the <c>type</c> member of <paramref name="owner"/> and the <c>format</c> that some types
    /// need. What the type names is resolved later, against every spec file of the client.
    /// </summary>
    private TypeReference? ReadType(SpecObject owner)
    {
        var typeJson = owner.String("type", required: true);
        if (typeJson is null)
        {
            return null;
        }

        var text = typeJson.Value.Trim();
        var element = text.EndsWith("[]", StringComparison.Ordinal) ? text.Substring(0, text.Length - 2).Trim() : text;
        if (element.EndsWith("[]", StringComparison.Ordinal))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, typeJson.Span, owner.MemberPath("type"), "arrays of arrays are not supported");
            return null;
        }

        var format = owner.String("format");
        switch (element)
        {
            case BuiltInTypes.DateTime when format is null:
                owner.String("format", required: true);
                return null;
            case BuiltInTypes.DateTime when format.Value.Length == 0:
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, format.Span, owner.MemberPath("format"), "a date and time format must not be empty");
                return null;
            case BuiltInTypes.String when format is not null && format.Value != BuiltInTypes.HttpUriFormat:
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, format.Span, owner.MemberPath("format"), $"'{format.Value}' is not a string format; the only one is '{BuiltInTypes.HttpUriFormat}'");
                return null;
            case BuiltInTypes.Boolean when format is not null && format.Value != BuiltInTypes.BooleanWordsFormat:
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, format.Span, owner.MemberPath("format"), $"'{format.Value}' is not a bool format; the only one is '{BuiltInTypes.BooleanWordsFormat}' (written true/false instead of 1/0)");
                return null;
        }

        return new TypeReference(text, format?.Value, At(owner.MemberPath("type"), typeJson.Span));
    }
}
