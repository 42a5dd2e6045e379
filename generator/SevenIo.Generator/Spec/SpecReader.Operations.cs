using System;
using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>Reading operation groups, operations, parameters and responses.</summary>
internal sealed partial class SpecReader
{
    private Dictionary<string, JsonProperty> ReadGroupInfo(JsonObject? groups)
    {
        var result = new Dictionary<string, JsonProperty>(StringComparer.Ordinal);
        foreach (var entry in Entries(groups, "groups"))
        {
            result[entry.Name] = entry;
        }

        return result;
    }

    private void ReportUnusedGroupInfo(Dictionary<string, JsonProperty> groupInfo, List<JsonProperty> operationGroups)
    {
        foreach (var entry in groupInfo.Values)
        {
            if (!operationGroups.Any(g => g.Name == entry.Name))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, entry.NameSpan, "groups." + entry.Name, $"there is no operation group '{entry.Name}' under 'operations'");
            }
        }
    }

    private static string GroupClassName(JsonProperty entry, Dictionary<string, JsonProperty> groupInfo) =>
        groupInfo.TryGetValue(entry.Name, out var info)
        && info.Value is JsonObject infoObject
        && infoObject.Properties.FirstOrDefault(p => p.Name == "className").Value is JsonString { Value: var className }
        && Names.IsValidTypeName(className)
            ? className
            : entry.Name + "Client";

    private GroupModel? ReadGroup(JsonProperty entry, Dictionary<string, JsonProperty> groupInfo, IReadOnlyList<EnumModel> enums)
    {
        var path = "operations." + entry.Name;
        var name = MemberName(entry, path);
        var operationsJson = entry.Value as JsonObject;
        if (operationsJson is null)
        {
            _diagnostics.Report(DiagnosticDescriptors.WrongKind, entry.Value.Span, path, "an object", entry.Value.KindDescription);
        }

        SpecObject? info = null;
        if (groupInfo.TryGetValue(entry.Name, out var infoEntry))
        {
            info = SpecObject.From(infoEntry.Value, "groups." + entry.Name, _diagnostics, "description", "className");
            if (info?.String("className") is not null)
            {
                Identifier(info, "className", required: false, isType: true);
            }
        }

        var operations = Entries(operationsJson, path)
            .Select(op => Guarded(op, $"{path}.{op.Name}", (opEntry, opPath) => ReadOperation(opEntry, opPath, enums)))
            .WhereNotNull()
            .ToEquatableArray();
        if (name is null || operationsJson is null)
        {
            return null;
        }

        return new GroupModel(name, GroupClassName(entry, groupInfo), info is null ? null : Description(info), operations);
    }

    private OperationModel? ReadOperation(JsonProperty entry, string path, IReadOnlyList<EnumModel> enums)
    {
        var name = MemberName(entry, path);
        var op = SpecObject.From(entry.Value, path, _diagnostics, "description", "method", "path", "parameterLocation", "parameters", "parameterSets", "response");
        if (op is null)
        {
            return null;
        }

        var methodJson = op.String("method", required: true);
        var pathJson = op.String("path", required: true);
        var responseJson = op.Object("response", required: true);
        var method = methodJson?.Value.ToUpperInvariant();
        if (methodJson is not null && !HttpMethods.Contains(method))
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedMethod, methodJson.Span, op.MemberPath("method"), methodJson.Value);
            method = null;
        }

        var location = ReadLocation(op, method);
        var placeholders = pathJson is null ? null : PathPlaceholders(pathJson, op.MemberPath("path"));
        var sets = ReadParameterSets(op, placeholders ?? new List<string>(), pathJson, enums);
        var response = responseJson is null ? null : ReadResponse(SpecObject.From(responseJson, op.MemberPath("response"), _diagnostics, "type", "format", "property", "description")!);
        if (name is null || method is null || pathJson is null || placeholders is null || location is null || sets is null || response is null)
        {
            return null;
        }

        return new OperationModel(name, method, pathJson.Value, location.Value, Description(op), sets.Value, response);
    }

    private ParameterLocationKind? ReadLocation(SpecObject op, string? method)
    {
        var json = op.String("parameterLocation");
        if (json is null)
        {
            return method == "GET" ? ParameterLocationKind.Query : ParameterLocationKind.Form;
        }

        switch (json.Value)
        {
            case "query":
                return ParameterLocationKind.Query;
            case "form":
                return ParameterLocationKind.Form;
            case "json":
                return ParameterLocationKind.Json;
            default:
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, json.Span, op.MemberPath("parameterLocation"), $"'{json.Value}' is not a parameter location; use query, form or json");
                return null;
        }
    }

    private EquatableArray<ParameterSetModel>? ReadParameterSets(SpecObject op, List<string> placeholders, JsonString? pathJson, IReadOnlyList<EnumModel> enums)
    {
        var single = op.Array("parameters");
        var sets = op.Array("parameterSets");
        if (single is not null && sets is not null)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, op.Member("parameterSets")!.Value.NameSpan, op.MemberPath("parameterSets"), "give either 'parameters' or 'parameterSets', not both");
            return null;
        }

        var result = new List<ParameterSetModel>();
        var ok = true;
        if (sets is null)
        {
            var set = ReadParameterSet(single, op.MemberPath("parameters"), null, placeholders, pathJson, op.MemberPath("path"), enums);
            ok = set is not null;
            result.Add(set!);
        }
        else if (sets.Items.Count == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, sets.Span, op.MemberPath("parameterSets"), "list at least one parameter set, or use 'parameters'");
            return null;
        }
        else
        {
            for (var i = 0; i < sets.Items.Count; i++)
            {
                var setPath = $"{op.MemberPath("parameterSets")}[{i}]";
                var setJson = SpecObject.From(sets.Items[i], setPath, _diagnostics, "description", "parameters");
                if (setJson is null)
                {
                    ok = false;
                    continue;
                }

                var set = ReadParameterSet(setJson.Array("parameters"), setJson.MemberPath("parameters"), Description(setJson), placeholders, pathJson, op.MemberPath("path"), enums);
                ok &= set is not null;
                result.Add(set!);
            }
        }

        if (!ok)
        {
            return null;
        }

        ReportSameSignatures(result, sets, op);
        return result.ToEquatableArray();
    }

    private ParameterSetModel? ReadParameterSet(JsonArray? parametersJson, string path, string? description, List<string> placeholders, JsonString? pathJson, string pathMember, IReadOnlyList<EnumModel> enums)
    {
        var wireNames = new NameRegistry(_diagnostics, "the parameter");
        var csharpNames = new NameRegistry(_diagnostics, "the parameter");
        csharpNames.Reserve("cancellationToken", "the CancellationToken parameter every operation has");
        var parameters = new List<ParameterModel>();
        var ok = true;
        var items = parametersJson?.Items ?? Array.Empty<JsonNode>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var item = SpecObject.From(items[i], itemPath, _diagnostics, "name", "csharpName", "type", "format", "required", "default", "description");
            var wire = item?.String("name", required: true);
            if (item is null || wire is null)
            {
                ok = false;
                continue;
            }

            var csharpName = CSharpName(item, "name", wire, Names.ToCamelCase);
            var type = _types.Resolve(item);
            var inPath = placeholders.Contains(wire.Value);
            var required = item.Boolean("required") || inPath;
            var defaultJson = item.Value("default", required: false);
            var wireIsNew = wireNames.Add(wire.Value, wire.Span, item, "name", itemPath);
            if (csharpName is null || type is null || !wireIsNew || !csharpNames.Add(csharpName, NameSpan(item, wire), item, "csharpName", itemPath))
            {
                ok = false;
                continue;
            }

            string? defaultText = null;
            if (defaultJson is not null)
            {
                defaultText = DefaultText(defaultJson, type, enums);
                if (defaultText is null)
                {
                    _diagnostics.Report(DiagnosticDescriptors.InvalidDefault, defaultJson.Span, item.MemberPath("default"), DescribeDefault(defaultJson), Describe(type));
                    ok = false;
                    continue;
                }
            }

            if (type.Kind == ValueKind.Model || type.Element?.Kind == ValueKind.Model)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, item.Member("type")!.Value.Value.Span, item.MemberPath("type"), "a parameter cannot be a model; list its members as parameters");
                ok = false;
                continue;
            }

            if (inPath && type.Kind == ValueKind.Array)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, wire.Span, item.MemberPath("name"), "a path parameter cannot be an array");
                ok = false;
                continue;
            }

            parameters.Add(new ParameterModel(csharpName, wire.Value, type, required, defaultText, Description(item), inPath));
        }

        foreach (var placeholder in placeholders)
        {
            if (ok && !parameters.Any(p => p.WireName == placeholder))
            {
                _diagnostics.Report(DiagnosticDescriptors.UndeclaredPathParameter, pathJson!.Span, pathMember, placeholder, parametersJson is null ? "the operation" : path);
                ok = false;
            }
        }

        return ok ? new ParameterSetModel(description, parameters.ToEquatableArray()) : null;
    }

    private void ReportSameSignatures(List<ParameterSetModel> sets, JsonArray? setsJson, SpecObject op)
    {
        for (var i = 1; i < sets.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (Signature(sets[i]).SequenceEqual(Signature(sets[j])))
                {
                    _diagnostics.Report(
                        DiagnosticDescriptors.DuplicateName,
                        setsJson!.Items[i].Span,
                        $"{op.MemberPath("parameterSets")}[{i}]",
                        "(" + string.Join(", ", Signature(sets[i])) + ")",
                        $"parameterSets[{j}], which has the same parameter types, so the two C# overloads would clash");
                }
            }
        }
    }

    private static IEnumerable<string> Signature(ParameterSetModel set) =>
        set.Parameters.OrderBy(p => p.Required ? 0 : 1).Select(p => Describe(p.Type) + (p.Required ? string.Empty : "?"));

    private ResponseModel? ReadResponse(SpecObject response)
    {
        var type = _types.Resolve(response);
        var property = response.String("property");
        if (property is not null && property.Value.Length == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, property.Span, response.MemberPath("property"), "the property name must not be empty; leave 'property' out when the whole body is the result");
            return null;
        }

        return type is null ? null : new ResponseModel(type, property?.Value, Description(response));
    }

    private List<string>? PathPlaceholders(JsonString path, string jsonPath)
    {
        var result = new List<string>();
        var text = path.Value;
        if (!text.StartsWith("/", StringComparison.Ordinal))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, path.Span, jsonPath, $"the path '{text}' must start with '/'");
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '}')
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, path.Span, jsonPath, $"the path '{text}' has a '}}' without a '{{'");
                return null;
            }

            if (text[i] != '{')
            {
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            var name = end < 0 ? string.Empty : text.Substring(i + 1, end - i - 1);
            if (end < 0 || name.Length == 0 || name.IndexOf('{') >= 0)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, path.Span, jsonPath, $"the path '{text}' has a malformed placeholder; write {{name}}");
                return null;
            }

            result.Add(name);
            i = end;
        }

        return result;
    }
}
