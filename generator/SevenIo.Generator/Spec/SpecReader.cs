using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>
/// Reads a spec file into a <see cref="SpecModel"/>. Every problem becomes a diagnostic located at
/// the offending token and naming its JSON path; a spec with errors yields no model.
/// </summary>
internal sealed class SpecReader
{
    private static readonly string[] HttpMethods = { "GET", "POST", "PUT", "PATCH", "DELETE" };

    private readonly SpecDiagnostics _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DeclaredType> _declaredTypes = new();
    private TypeResolver _types = null!;

    private SpecReader(string filePath, CancellationToken cancellationToken)
    {
        _diagnostics = new SpecDiagnostics(filePath);
        _cancellationToken = cancellationToken;
    }

    public static SpecReadResult Read(string filePath, string text, CancellationToken cancellationToken)
    {
        var reader = new SpecReader(filePath, cancellationToken);
        var model = reader.ReadDocument(text);
        return reader._diagnostics.HasErrors || model is null
            ? new SpecReadResult(filePath, null, reader._diagnostics.ToArray(), EquatableArray<DeclaredType>.Empty)
            : new SpecReadResult(filePath, model, reader._diagnostics.ToArray(), reader._declaredTypes.ToEquatableArray());
    }

    private SpecModel? ReadDocument(string text)
    {
        var parsed = JsonParser.Parse(text);
        if (parsed.Error is { } error)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidJson, error.Span, error.Message);
            return null;
        }

        var root = SpecObject.From(parsed.Root!, string.Empty, _diagnostics, "client", "enums", "models", "groups", "operations");
        if (root is null)
        {
            return null;
        }

        var clientJson = root.Object("client", required: true);
        var enumsJson = root.Object("enums");
        var modelsJson = root.Object("models");
        var operationsJson = root.Object("operations", required: true);

        var enumEntries = Entries(enumsJson, "enums");
        var modelEntries = Entries(modelsJson, "models");
        _types = new TypeResolver(enumEntries.Select(e => e.Name), modelEntries.Select(e => e.Name), _diagnostics);

        var enums = enumEntries.Select(ReadEnum).WhereNotNull().ToEquatableArray();
        var models = modelEntries.Select(ReadModel).WhereNotNull().ToEquatableArray();
        var groupInfo = ReadGroupInfo(root.Object("groups"));
        var groupEntries = Entries(operationsJson, "operations");
        var groups = groupEntries
            .Select(entry => ReadGroup(entry, groupInfo, enums))
            .WhereNotNull()
            .ToEquatableArray();
        ReportUnusedGroupInfo(groupInfo, groupEntries);

        var client = clientJson is null ? null : ReadClient(SpecObject.From(clientJson, "client", _diagnostics, ClientMembers), groups);
        if (client is null)
        {
            return null;
        }

        var spec = new SpecModel(client, enums, models, groups);
        ReportDuplicateTypeNames(spec, clientJson!, enumEntries, modelEntries, operationsJson);
        return spec;
    }

    private static readonly string[] ClientMembers = { "name", "namespace", "description", "baseAddress", "apiKeyHeader", "failure" };

    private ClientModel? ReadClient(SpecObject? client, EquatableArray<GroupModel> groups)
    {
        if (client is null)
        {
            return null;
        }

        var name = Identifier(client, "name", required: true);
        var ns = client.String("namespace", required: true);
        var baseAddress = client.String("baseAddress", required: true);
        var apiKeyHeader = client.String("apiKeyHeader", required: true);
        var failureJson = client.Object("failure", required: true);

        if (ns is not null && !ns.Value.Split('.').All(Names.IsValidIdentifier))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, ns.Span, client.MemberPath("namespace"), ns.Value, " (a namespace is identifiers separated by dots)");
        }

        if (baseAddress is not null
            && (!Uri.TryCreate(baseAddress.Value, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http")))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, baseAddress.Span, client.MemberPath("baseAddress"), $"'{baseAddress.Value}' is not an absolute http or https address");
        }

        if (apiKeyHeader is not null && !IsHeaderName(apiKeyHeader.Value))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, apiKeyHeader.Span, client.MemberPath("apiKeyHeader"), $"'{apiKeyHeader.Value}' is not a valid HTTP header name");
        }

        var failure = failureJson is null ? null : ReadFailure(SpecObject.From(failureJson, client.MemberPath("failure"), _diagnostics, "success", "code", "message")!);
        if (name is null || ns is null || baseAddress is null || apiKeyHeader is null || failure is null)
        {
            return null;
        }

        var groupReferences = groups.Select(g => new GroupReference(g.Name, g.ClassName, g.Description)).ToEquatableArray();
        return new ClientModel(name, ns.Value, baseAddress.Value, apiKeyHeader.Value, Description(client), failure, groupReferences);
    }

    private static FailureEnvelopeModel? ReadFailure(SpecObject failure)
    {
        var success = failure.String("success", required: true);
        return success is null
            ? null
            : new FailureEnvelopeModel(success.Value, failure.String("code")?.Value, failure.String("message")?.Value);
    }

    private EnumModel? ReadEnum(JsonProperty entry)
    {
        var path = "enums." + entry.Name;
        var json = SpecObject.From(entry.Value, path, _diagnostics, "description", "values");
        var name = TypeName(entry, path);
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

        var wireValues = new NameRegistry(_diagnostics, "the enum value");
        var memberNames = new NameRegistry(_diagnostics, "the enum member");
        var members = new List<EnumMemberModel>();
        for (var i = 0; i < valuesJson.Items.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var itemPath = $"{path}.values[{i}]";
            var item = SpecObject.From(valuesJson.Items[i], itemPath, _diagnostics, "value", "csharpName", "description");
            var wire = item?.String("value", required: true);
            if (item is null || wire is null)
            {
                continue;
            }

            var memberName = CSharpName(item, wire, Names.ToPascalCase);
            var wireIsNew = wireValues.Add(wire.Value, wire.Span, item.MemberPath("value"), itemPath);
            if (memberName is null || !wireIsNew || !memberNames.Add(memberName, NameSpan(item, wire), item.MemberPath("csharpName"), itemPath))
            {
                continue;
            }

            if (memberName == name)
            {
                _diagnostics.Report(DiagnosticDescriptors.DuplicateName, NameSpan(item, wire), item.MemberPath("csharpName"), memberName, $"the enum '{name}' itself (a member cannot share its type's name)");
                continue;
            }

            members.Add(new EnumMemberModel(memberName, wire.Value, Description(item)));
        }

        return new EnumModel(name, Description(json), members.ToEquatableArray());
    }

    private ObjectModel? ReadModel(JsonProperty entry)
    {
        var path = "models." + entry.Name;
        var json = SpecObject.From(entry.Value, path, _diagnostics, "description", "properties");
        var name = TypeName(entry, path);
        var propertiesJson = json?.Array("properties", required: true);
        if (json is null || name is null || propertiesJson is null)
        {
            return null;
        }

        var wireNames = new NameRegistry(_diagnostics, "the property");
        var memberNames = new NameRegistry(_diagnostics, "the property");
        var properties = new List<PropertyModel>();
        for (var i = 0; i < propertiesJson.Items.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var itemPath = $"{path}.properties[{i}]";
            var item = SpecObject.From(propertiesJson.Items[i], itemPath, _diagnostics, "name", "csharpName", "type", "format", "nullable", "acceptsString", "description");
            var wire = item?.String("name", required: true);
            if (item is null || wire is null)
            {
                continue;
            }

            var propertyName = CSharpName(item, wire, Names.ToPascalCase);
            var type = _types.Resolve(item);
            var nullable = item.Boolean("nullable");
            var acceptsString = item.Boolean("acceptsString");
            var wireIsNew = wireNames.Add(wire.Value, wire.Span, item.MemberPath("name"), itemPath);
            if (propertyName is null || type is null || !wireIsNew || !memberNames.Add(propertyName, NameSpan(item, wire), item.MemberPath("csharpName"), itemPath))
            {
                continue;
            }

            if (propertyName == name)
            {
                _diagnostics.Report(DiagnosticDescriptors.DuplicateName, NameSpan(item, wire), item.MemberPath("csharpName"), propertyName, $"the model '{name}' itself (a property cannot share its type's name); set csharpName");
                continue;
            }

            properties.Add(new PropertyModel(propertyName, wire.Value, type, nullable, acceptsString, Description(item)));
        }

        return new ObjectModel(name, Description(json), properties.ToEquatableArray());
    }

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

    private GroupModel? ReadGroup(JsonProperty entry, Dictionary<string, JsonProperty> groupInfo, EquatableArray<EnumModel> enums)
    {
        var path = "operations." + entry.Name;
        var name = TypeName(entry, path);
        var operationsJson = entry.Value as JsonObject;
        if (operationsJson is null)
        {
            _diagnostics.Report(DiagnosticDescriptors.WrongKind, entry.Value.Span, path, "an object", entry.Value.KindDescription);
        }

        SpecObject? info = null;
        if (groupInfo.TryGetValue(entry.Name, out var infoEntry))
        {
            info = SpecObject.From(infoEntry.Value, "groups." + entry.Name, _diagnostics, "description", "className");
        }

        var className = info is null ? name + "Client" : Identifier(info, "className", required: false) ?? name + "Client";
        var operations = Entries(operationsJson, path)
            .Select(op => ReadOperation(op, $"{path}.{op.Name}", enums))
            .ToList();
        if (name is null || operationsJson is null || operations.Any(op => op is null))
        {
            return null;
        }

        return new GroupModel(name, className, info is null ? null : Description(info), operations.WhereNotNull().ToEquatableArray());
    }

    private OperationModel? ReadOperation(JsonProperty entry, string path, EquatableArray<EnumModel> enums)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var name = TypeName(entry, path);
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

    private EquatableArray<ParameterSetModel>? ReadParameterSets(SpecObject op, List<string> placeholders, JsonString? pathJson, EquatableArray<EnumModel> enums)
    {
        var single = op.Array("parameters");
        var sets = op.Array("parameterSets");
        if (single is not null && sets is not null)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, op.Member("parameterSets")!.NameSpan, op.MemberPath("parameterSets"), "give either 'parameters' or 'parameterSets', not both");
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

    private ParameterSetModel? ReadParameterSet(JsonArray? parametersJson, string path, string? description, List<string> placeholders, JsonString? pathJson, string pathMember, EquatableArray<EnumModel> enums)
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

            var csharpName = CSharpName(item, wire, Names.ToCamelCase);
            var type = _types.Resolve(item);
            var inPath = placeholders.Contains(wire.Value);
            var required = item.Boolean("required") || inPath;
            var defaultJson = item.Value("default", required: false);
            var wireIsNew = wireNames.Add(wire.Value, wire.Span, item.MemberPath("name"), itemPath);
            if (csharpName is null || type is null || !wireIsNew || !csharpNames.Add(csharpName, NameSpan(item, wire), item.MemberPath("csharpName"), itemPath))
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
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, item.Member("type")!.Value.Span, item.MemberPath("type"), "a parameter cannot be a model; list its members as parameters");
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

    private static string? DefaultText(JsonNode value, TypeModel type, EquatableArray<EnumModel> enums)
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
    private string? TypeName(JsonProperty entry, string path)
    {
        if (Names.IsValidIdentifier(entry.Name))
        {
            return entry.Name;
        }

        _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, entry.NameSpan, path, entry.Name, string.Empty);
        return null;
    }

    private string? Identifier(SpecObject owner, string member, bool required)
    {
        var json = owner.String(member, required);
        if (json is null)
        {
            return null;
        }

        if (Names.IsValidIdentifier(json.Value))
        {
            return json.Value;
        }

        _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, json.Span, owner.MemberPath(member), json.Value, string.Empty);
        return null;
    }

    /// <summary>The explicit <c>csharpName</c>, or one derived from the wire name.</summary>
    private string? CSharpName(SpecObject item, JsonString wire, Func<string, string> derive)
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

        _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, wire.Span, item.MemberPath("name"), derived, $" (derived from '{wire.Value}'); set 'csharpName'");
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

    private void ReportDuplicateTypeNames(SpecModel spec, JsonObject client, List<JsonProperty> enums, List<JsonProperty> models, JsonObject? operations)
    {
        var registry = new NameRegistry(_diagnostics, "the type", (name, span) => _declaredTypes.Add(new DeclaredType(spec.Client.Namespace + "." + name, span)));
        var clientName = client.Properties.FirstOrDefault(p => p.Name == "name")?.Value.Span ?? client.Span;
        registry.Add(spec.Client.Name, clientName, "client.name", "client.name");
        registry.Add(spec.Client.OptionsName, clientName, "client.name", "the options of client.name");
        foreach (var group in spec.Groups)
        {
            var span = operations?.Properties.FirstOrDefault(p => p.Name == group.Name)?.NameSpan ?? default;
            registry.Add(group.ClassName, span, "operations." + group.Name, "the client class of operations." + group.Name);
        }

        foreach (var entry in enums)
        {
            registry.Add(entry.Name, entry.NameSpan, "enums." + entry.Name, "enums." + entry.Name);
        }

        foreach (var entry in models)
        {
            registry.Add(entry.Name, entry.NameSpan, "models." + entry.Name, "models." + entry.Name);
            registry.Add(entry.Name + "JsonReader", entry.NameSpan, "models." + entry.Name, "the JSON reader of models." + entry.Name);
        }
    }
}
