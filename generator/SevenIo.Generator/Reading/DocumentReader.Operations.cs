using System;
using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Reading;

/// <summary>Reading operation groups, operations, parameters and responses.</summary>
internal sealed partial class DocumentReader
{
    private static readonly string[] HttpMethods = { "GET", "POST", "PUT", "PATCH", "DELETE" };
    private static readonly string[] GroupInfoMembers = { "description", "className" };
    private static readonly string[] OperationMembers = { "description", "method", "path", "parameterLocation", "parameters", "parameterSets", "response", "failure", "paging" };
    private static readonly string[] ParameterSetMembers = { "description", "parameters" };
    private static readonly string[] ParameterMembers = { "name", "csharpName", "type", "format", "required", "default", "description", "in", "style", "value" };
    private static readonly string[] ResponseMembers = { "type", "format", "property", "description" };
    private static readonly string[] PagingMembers = { "csharpName", "offset", "limit", "items", "hasMore" };

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

    private GroupDeclaration? ReadGroup(JsonProperty entry, Dictionary<string, JsonProperty> groupInfo)
    {
        var path = "operations." + entry.Name;
        var name = KeyName(entry, path, isType: false);
        var operationsJson = entry.Value as JsonObject;
        if (operationsJson is null)
        {
            _diagnostics.Report(DiagnosticDescriptors.WrongKind, entry.Value.Span, path, "an object", entry.Value.KindDescription);
        }

        SpecObject? info = null;
        string? className = null;
        var classNameOk = true;
        if (groupInfo.TryGetValue(entry.Name, out var infoEntry))
        {
            info = SpecObject.From(infoEntry.Value, "groups." + entry.Name, _diagnostics, GroupInfoMembers);
            if (info?.Member("className") is not null)
            {
                className = Identifier(info, "className", required: true, isType: true);
                classNameOk = className is not null;
            }
        }

        var operations = Entries(operationsJson, path)
            .Select(op => Guarded(op, $"{path}.{op.Name}", null, ReadOperation))
            .WhereNotNull()
            .ToEquatableArray();
        if (name is null || operationsJson is null || !classNameOk)
        {
            return null;
        }

        var at = At(path, entry.NameSpan);
        var classNameAt = info?.Member("className") is { } classNameJson ? At(info.MemberPath("className"), classNameJson.Value.Span) : at;
        return new GroupDeclaration(name, className, info is null ? null : Description(info), operations, at, classNameAt);
    }

    /// <summary>
    /// Reads an operation. One with a method, path and response declares it; one with none of them
    /// adds its parameters to the operation of that name another file declares, and whether one
    /// exists is known only once all files are read.
    /// </summary>
    private OperationDeclaration? ReadOperation(JsonProperty entry, string path)
    {
        var name = KeyName(entry, path, isType: false);
        var op = SpecObject.From(entry.Value, path, _diagnostics, OperationMembers);
        if (op is null)
        {
            return null;
        }

        var declares = op.Member("method") is not null || op.Member("path") is not null || op.Member("response") is not null;
        var methodJson = op.String("method", required: declares);
        var pathJson = op.String("path", required: declares);
        var responseJson = op.Object("response", required: declares);
        var method = methodJson?.Value.ToUpperInvariant();
        if (methodJson is not null && !HttpMethods.Contains(method))
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedMethod, methodJson.Span, op.MemberPath("method"), methodJson.Value);
            method = null;
        }

        var location = ReadLocation(op, "parameterLocation");
        var segments = pathJson is null ? new List<PathSegment>() : PathSegments(pathJson, op.MemberPath("path"));
        var placeholders = segments?.Where(s => s.IsParameter).Select(s => s.Text).ToList() ?? new List<string>();
        var sets = ReadParameterSets(op, placeholders, pathJson);
        var response = responseJson is null ? null : ReadResponse(SpecObject.From(responseJson, op.MemberPath("response"), _diagnostics, ResponseMembers)!);
        var failureJson = op.Object("failure");
        var failure = failureJson is null ? null : ReadFailure(SpecObject.From(failureJson, op.MemberPath("failure"), _diagnostics, FailureMembers)!, required: false);
        var pagingJson = op.Object("paging");
        var paging = pagingJson is null ? null : ReadPaging(SpecObject.From(pagingJson, op.MemberPath("paging"), _diagnostics, PagingMembers)!, declares);
        if (name is null || segments is null || sets is null || (declares && (method is null || pathJson is null || response is null)) || (failureJson is not null && failure is null) || (pagingJson is not null && paging is null))
        {
            return null;
        }

        // Without a method (an overlay's), GET's default location cannot apply; the declaring file's operation decides.
        var defaultLocation = method is null ? (ParameterLocationKind?)null : method == "GET" ? ParameterLocationKind.Query : ParameterLocationKind.Form;
        return new OperationDeclaration(name, method, pathJson?.Value, segments.ToEquatableArray(), location ?? defaultLocation, Description(op), sets.Value, response, failure, paging, At(path, entry.NameSpan));
    }

    /// <summary>
    /// How a list operation pages: which parameters carry the offset and the limit, where a page's
    /// entries are and what says more follow. Whether they exist is known once every file is read.
    /// </summary>
    private PagingDeclaration? ReadPaging(SpecObject paging, bool declares)
    {
        if (!declares)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, paging.Span, paging.Path, "only the file that declares the operation (method, path, response) can say how it pages");
            return null;
        }

        var nameOk = paging.Member("csharpName") is null || Identifier(paging, "csharpName", required: true) is not null;
        var offset = WireReference(paging, "offset", "offset");
        var limit = WireReference(paging, "limit", "limit");
        var items = paging.Member("items") is null ? null : WireReference(paging, "items", null);
        var hasMoreJson = paging.String("hasMore");
        var hasMore = EquatableArray<string>.Empty;
        if (hasMoreJson is not null)
        {
            var steps = hasMoreJson.Value.Split('.');
            if (steps.Any(step => step.Length == 0))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, hasMoreJson.Span, paging.MemberPath("hasMore"), $"'{hasMoreJson.Value}' is no member path; write member names joined by dots, e.g. pagingMetadata.has_more");
                return null;
            }

            hasMore = steps.ToEquatableArray();
        }

        if (!nameOk || offset is null || limit is null || (paging.Member("items") is not null && items is null))
        {
            return null;
        }

        return new PagingDeclaration(
            paging.String("csharpName")?.Value,
            offset,
            limit,
            items,
            hasMore,
            hasMoreJson is null ? At(paging.Path, paging.Span) : At(paging.MemberPath("hasMore"), hasMoreJson.Span),
            paging.String("csharpName") is { } nameJson ? At(paging.MemberPath("csharpName"), nameJson.Span) : At(paging.Path, paging.Span),
            At(paging.Path, paging.Span));
    }

    /// <summary>A member that names something by its wire name; <paramref name="fallback"/> when it is absent (null: required).</summary>
    private WireReference? WireReference(SpecObject owner, string member, string? fallback)
    {
        var json = owner.String(member, required: fallback is null);
        if (json is null)
        {
            return fallback is null || owner.Member(member) is not null ? null : new WireReference(fallback, At(owner.Path, owner.Span));
        }

        if (json.Value.Length == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, json.Span, owner.MemberPath(member), "the name must not be empty");
            return null;
        }

        return new WireReference(json.Value, At(owner.MemberPath(member), json.Span));
    }

    /// <summary>A <c>parameterLocation</c> or <c>in</c> member; null when absent (or reported).</summary>
    private ParameterLocationKind? ReadLocation(SpecObject owner, string member)
    {
        var json = owner.String(member);
        switch (json?.Value)
        {
            case null:
                return null;
            case "query":
                return ParameterLocationKind.Query;
            case "form":
                return ParameterLocationKind.Form;
            case "json":
                return ParameterLocationKind.Json;
            default:
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, json.Span, owner.MemberPath(member), $"'{json.Value}' is not a parameter location; use query, form or json");
                return null;
        }
    }

    private EquatableArray<ParameterSetDeclaration>? ReadParameterSets(SpecObject op, List<string> placeholders, JsonString? pathJson)
    {
        var single = op.Array("parameters");
        var sets = op.Array("parameterSets");
        if (single is not null && sets is not null)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, op.Member("parameterSets")!.Value.NameSpan, op.MemberPath("parameterSets"), "give either 'parameters' or 'parameterSets', not both");
            return null;
        }

        var result = new List<ParameterSetDeclaration>();
        var ok = true;
        if (sets is null)
        {
            var set = ReadParameterSet(single, op.MemberPath("parameters"), null, At(op.Path, op.Span), placeholders, pathJson, op.MemberPath("path"));
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
                var setJson = SpecObject.From(sets.Items[i], setPath, _diagnostics, ParameterSetMembers);
                if (setJson is null)
                {
                    ok = false;
                    continue;
                }

                var set = ReadParameterSet(setJson.Array("parameters"), setJson.MemberPath("parameters"), Description(setJson), At(setPath, setJson.Span), placeholders, pathJson, op.MemberPath("path"));
                ok &= set is not null;
                result.Add(set!);
            }
        }

        return ok ? result.ToEquatableArray() : null;
    }

    private ParameterSetDeclaration? ReadParameterSet(JsonArray? parametersJson, string path, string? description, Declared at, List<string> placeholders, JsonString? pathJson, string pathMember)
    {
        var parameters = new List<ParameterDeclaration>();
        var ok = true;
        var items = parametersJson?.Items ?? Array.Empty<JsonNode>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = SpecObject.From(items[i], $"{path}[{i}]", _diagnostics, ParameterMembers);
            if (item is null)
            {
                ok = false;
                continue;
            }

            var name = WireAndCSharpName(item, "name");
            var type = ReadType(item);
            var required = item.Boolean("required");
            var defaultJson = item.Value("default", required: false);
            var location = ReadLocation(item, "in");
            var style = ReadStyle(item);
            var value = item.Value("value", required: false);
            if (name is null || type is null || (item.Member("in") is not null && location is null) || (item.Member("style") is not null && style is null))
            {
                ok = false;
                continue;
            }

            if (value is not null and not (JsonString or JsonNumber or JsonLiteral { Kind: JsonKind.True or JsonKind.False }))
            {
                _diagnostics.Report(DiagnosticDescriptors.WrongKind, value.Span, item.MemberPath("value"), "a string, number or boolean", value.KindDescription);
                ok = false;
                continue;
            }

            var inPath = placeholders.Contains(name.Wire);
            if (inPath && type.Text.EndsWith("[]", StringComparison.Ordinal))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, name.WireAt.Location, name.WireAt.JsonPath, "a path parameter cannot be an array");
                ok = false;
                continue;
            }

            var defaultValue = defaultJson is null
                ? null
                : new DefaultValue(defaultJson.Kind, defaultJson switch { JsonString s => s.Value, JsonNumber n => n.Text, _ => string.Empty }, At(item.MemberPath("default"), defaultJson.Span));
            var fixedValue = value switch
            {
                JsonString text => text.Value,
                JsonNumber number => number.Text,
                { Kind: JsonKind.True } => "true",
                { Kind: JsonKind.False } => "false",
                _ => null,
            };
            parameters.Add(new ParameterDeclaration(name, type, required || inPath, inPath, inPath ? ParameterLocationKind.Path : location, style, fixedValue, defaultValue, Description(item)));
        }

        foreach (var placeholder in placeholders)
        {
            if (ok && !parameters.Any(p => p.Name.Wire == placeholder))
            {
                _diagnostics.Report(DiagnosticDescriptors.UndeclaredPathParameter, pathJson!.Span, pathMember, placeholder, parametersJson is null ? "the operation" : path);
                ok = false;
            }
        }

        return ok ? new ParameterSetDeclaration(description, parameters.ToEquatableArray(), at) : null;
    }

    private ArrayStyleKind? ReadStyle(SpecObject item)
    {
        var json = item.String("style");
        switch (json?.Value)
        {
            case null:
                return null;
            case "repeat":
                return ArrayStyleKind.Repeat;
            case "brackets":
                return ArrayStyleKind.Brackets;
            case "indexed":
                return ArrayStyleKind.Indexed;
            case "comma":
                return ArrayStyleKind.Comma;
            default:
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, json.Span, item.MemberPath("style"), $"'{json.Value}' is not a list style; use repeat (ids=1&ids=2), brackets (ids[]=1), indexed (ids[0]=1) or comma (ids=1,2)");
                return null;
        }
    }

    private ResponseDeclaration? ReadResponse(SpecObject response)
    {
        // A text answer has the format "text"; otherwise "format" is the type's own (a datetime's).
        var isText = response.String("format")?.Value == "text";
        var type = isText ? TextType(response) : ReadType(response);
        var property = response.String("property");
        if (property is not null && property.Value.Length == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, property.Span, response.MemberPath("property"), "the property name must not be empty; leave 'property' out when the whole body is the result");
            return null;
        }

        return type is null ? null : new ResponseDeclaration(type, property?.Value, Description(response), isText);
    }

    private TypeReference? TextType(SpecObject response)
    {
        var typeJson = response.String("type", required: true);
        if (typeJson is null)
        {
            return null;
        }

        if (typeJson.Value != BuiltInTypes.String)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, typeJson.Span, response.MemberPath("type"), "a text answer (format \"text\") has the type string");
            return null;
        }

        return new TypeReference(BuiltInTypes.String, null, At(response.MemberPath("type"), typeJson.Span));
    }

    /// <summary>The path split into literal text and <c>{placeholder}</c> names; null (reported) when malformed.</summary>
    private List<PathSegment>? PathSegments(JsonString path, string jsonPath)
    {
        var text = path.Value;
        if (!text.StartsWith("/", StringComparison.Ordinal))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, path.Span, jsonPath, $"the path '{text}' must start with '/'");
            return null;
        }

        var result = new List<PathSegment>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            var close = text.IndexOf('}', position);
            if (close >= 0 && (open < 0 || close < open))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, path.Span, jsonPath, $"the path '{text}' has a '}}' without a '{{'");
                return null;
            }

            if (open < 0)
            {
                result.Add(new PathSegment(text.Substring(position), IsParameter: false));
                break;
            }

            if (open > position)
            {
                result.Add(new PathSegment(text.Substring(position, open - position), IsParameter: false));
            }

            var name = close < 0 ? string.Empty : text.Substring(open + 1, close - open - 1);
            if (close < 0 || name.Length == 0 || name.IndexOf('{') >= 0)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, path.Span, jsonPath, $"the path '{text}' has a malformed placeholder; write {{name}}");
                return null;
            }

            result.Add(new PathSegment(name, IsParameter: true));
            position = close + 1;
        }

        return result;
    }
}
