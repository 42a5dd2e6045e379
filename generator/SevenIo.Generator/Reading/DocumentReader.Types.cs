using System;
using System.Collections.Generic;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;

namespace SevenIo.Generator.Reading;

/// <summary>Reading enums, models and type references.</summary>
internal sealed partial class DocumentReader
{
    private static readonly string[] EnumMembers = { "description", "values" };
    private static readonly string[] EnumValueMembers = { "value", "csharpName", "description" };
    private static readonly string[] ModelMembers = { "description", "properties", "additionalProperties", "fromString", "partialSuccess", "oneOf" };
    private static readonly string[] PartialSuccessMembers = { "items", "success", "code" };
    private static readonly string[] UnionCaseMembers = { "model", "when" };
    private static readonly string[] WhenMembers = { "member", "equals" };

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
        if (json?.Member("oneOf") is not null)
        {
            return name is null ? null : ReadUnion(json, name, path, entry);
        }

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
        var partialJson = json.Object("partialSuccess");
        var partial = partialJson is null ? null : ReadPartialSuccess(SpecObject.From(partialJson, json.MemberPath("partialSuccess"), _diagnostics, PartialSuccessMembers)!);
        if (partialJson is not null && partial is null)
        {
            return null;
        }

        return new ModelDeclaration(name, Description(json), properties.ToEquatableArray(), additional, fromString, EquatableArray<UnionCaseDeclaration>.Empty, At(path, entry.NameSpan), partial);
    }

    /// <summary>
    /// Which list member of a model holds entries that each succeed or fail on their own
    /// (<c>items</c>), the boolean member of an entry that says so (<c>success</c>) and the member
    /// that says why not (<c>code</c>, optional). Whether they exist is known once every file is read.
    /// </summary>
    private PartialSuccessDeclaration? ReadPartialSuccess(SpecObject partial)
    {
        var items = WireReference(partial, "items", null);
        var success = WireReference(partial, "success", null);
        var code = partial.Member("code") is null ? null : WireReference(partial, "code", null);
        return items is null || success is null || (partial.Member("code") is not null && code is null)
            ? null
            : new PartialSuccessDeclaration(items, success, code, At(partial.Path, partial.Span));
    }

    /// <summary>
    /// A model that is one of several models (<c>oneOf</c>), each with the condition on the JSON that
    /// picks it: <c>"when": "status"</c> (the member is there and not null) or
    /// <c>"when": { "member": "type", "equals": "text" }</c>; the last case may have none.
    /// </summary>
    private ModelDeclaration? ReadUnion(SpecObject json, string name, string path, JsonProperty entry)
    {
        foreach (var member in new[] { "properties", "additionalProperties", "fromString", "partialSuccess" })
        {
            if (json.Member(member) is { } other)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, other.NameSpan, json.MemberPath(member), "a model with 'oneOf' is one of other models and has no members of its own; give them to the models it lists");
                return null;
            }
        }

        var casesJson = json.Array("oneOf", required: true);
        if (casesJson is null)
        {
            return null;
        }

        if (casesJson.Items.Count == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, casesJson.Span, json.MemberPath("oneOf"), "list at least one model");
            return null;
        }

        var cases = new List<UnionCaseDeclaration>();
        for (var i = 0; i < casesJson.Items.Count; i++)
        {
            var casePath = $"{path}.oneOf[{i}]";
            var item = SpecObject.From(casesJson.Items[i], casePath, _diagnostics, UnionCaseMembers);
            var model = item?.String("model", required: true);
            if (item is null || model is null)
            {
                continue;
            }

            string? whenMember = null;
            string? whenEquals = null;
            switch (item.Value("when", required: false))
            {
                case null:
                    break;
                case JsonString member:
                    whenMember = member.Value;
                    break;
                case JsonObject condition:
                    var when = SpecObject.From(condition, item.MemberPath("when"), _diagnostics, WhenMembers)!;
                    whenMember = when.String("member", required: true)?.Value;
                    whenEquals = when.Value("equals", required: false) switch
                    {
                        null => null,
                        JsonString text => text.Value,
                        JsonNumber number => number.Text,
                        JsonNode { Kind: JsonKind.True } => "true",
                        JsonNode { Kind: JsonKind.False } => "false",
                        var other => Unexpected(other, when.MemberPath("equals")),
                    };
                    break;
                case var other:
                    _diagnostics.Report(DiagnosticDescriptors.WrongKind, other.Span, item.MemberPath("when"), "a member name or an object with 'member' and 'equals'", other.KindDescription);
                    break;
            }

            if (whenMember is null && i < casesJson.Items.Count - 1)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, item.Span, casePath, "only the last case may leave out 'when': the cases are tried in order, and one without a condition takes every JSON object");
                continue;
            }

            cases.Add(new UnionCaseDeclaration(new TypeReference(model.Value.Trim(), null, At(item.MemberPath("model"), model.Span)), whenMember, whenEquals, At(casePath, item.Span)));
        }

        return new ModelDeclaration(name, Description(json), EquatableArray<PropertyDeclaration>.Empty, null, null, cases.ToEquatableArray(), At(path, entry.NameSpan));
    }

    private string? Unexpected(JsonNode value, string path)
    {
        _diagnostics.Report(DiagnosticDescriptors.WrongKind, value.Span, path, "a string, number or boolean", value.KindDescription);
        return null;
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
