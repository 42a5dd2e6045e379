using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace SevenIo.Generator.Tests.Fuzzing;

/// <summary>
/// Edits a valid spec the way a user extending it does, but with unlucky names: wire names, C#
/// names, type, group and operation names drawn from pools of what the generator itself declares
/// (locals, fields, parameters, object members, runtime and generated types), keywords, case-only
/// duplicates and odd spellings. The result is valid JSON and mostly a valid spec.
/// </summary>
internal sealed class SemanticMutator
{
    /// <summary>Names a generated method or class body already uses, as wire names (snake case, so they derive into them).</summary>
    private static readonly string[] GeneratorWireNames =
    [
        "request", "item", "reader", "value", "result", "items", "cursor", "item_2", "request2", "has_id", "has_target_url", "id_json_name",
        "cancellation_token", "cancellationToken", "nameof", "pipeline", "_pipeline", "options", "api_key", "http_client",
        "equals", "get_hash_code", "to_string", "get_type", "memberwise_clone", "finalize", "reference_equals",
        "failure", "options_with_key", "list_response_reader", "read_list_response", "get_response_property", "_value", "all_value", "sms_mo_value",
        "read", "json", "item_json", "child_json", "default_base_address", "kind", "kinds", "child", "has_child", "has_kinds",
    ];

    private static readonly string[] Keywords = ["class", "event", "namespace", "default", "string", "int", "return", "new", "object", "params", "this", "base", "global", "var", "async", "await"];

    private static readonly string[] OddWireNames =
    [
        "a-b", "$ref", "1st", "größe", "名前", "a b", "__", "_", "x_", "ID", "Id", "iD", "id ", "a.b", "a/b", "@home", "dash-", "-dash", "\u00e9t\u00e9", "A", "a1_2b", "camelCase", "PascalCase", "snake_case_name", "SCREAMING_CASE",
    ];

    /// <summary>C# names (types, groups, operations, csharpName) that collide with what exists.</summary>
    private static readonly string[] TypeNames =
    [
        "SevenClient", "SevenClientOptions", "ItemsClient", "OtherClient", "ItemJson", "ChildJson", "Item", "Child", "Kind", "Mode", "Hook", "HookJson",
        "SevenApiException", "HeaderLines", "Runtime", "System", "SevenIo", "Microsoft", "Global", "Task", "String", "Uri", "Object", "Nullable",
        "JsonValues", "ApiPipeline", "ApiRequest", "Argument", "IReadOnlyList", "List", "Encoding", "HttpMethod", "CancellationToken",
        "Items", "Other", "Client", "Seven", "Equals", "ToString", "GetType", "GetHashCode", "ItemJson2", "Item2",
        "SevenClientServiceCollectionExtensions", "Read", "Failure", "OptionsWithKey", "ListAsync", "List", "CreateAsync", "Create",
        "WebhookEvent", "UnknownWebhookEvent", "SevenWebhooks", "SmsMoEvent", "EitherEvent", "Either", "EitherJson", "Data", "EventName", "EventType",
        "SevenWebhooksEndpointRouteBuilderExtensions", "SevenWebhooksServiceCollectionExtensions", "WebhookRequest", "WebhookVerifier",
    ];

    private static readonly string[] MemberNames =
    [
        "Equals", "ToString", "GetType", "GetHashCode", "MemberwiseClone", "Finalize", "ReferenceEquals", "Id", "TargetUrl", "HasId",
        "_value", "Value", "Read", "request", "item", "cancellationToken", "nameof", "_pipeline", "reader", "item2", "result", "items", "cursor",
        "class", "event", "@class", "Item", "Kind", "ItemsClient", "SmsMo", "SmsMoValue", "All", "AllValue", "IdJsonName", "hasId", "Child",
        "__arglist", "value", "global", "var", "Ünïcödé", "_1st", "a1",
    ];

    private static readonly string[] ScalarTypes = ["string", "int32", "int64", "bool", "string[]", "int64[]", "Kind", "Mode", "Kind[]"];

    private readonly Random _random;

    public SemanticMutator(Random random)
    {
        _random = random;
    }

    /// <summary>Applies one to three edits to a copy of <paramref name="spec"/> and says which.</summary>
    public JsonObject Mutate(JsonObject spec, List<string> applied)
    {
        var copy = (JsonObject)spec.DeepClone();
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            applied.Add(MutateOnce(copy));
        }

        return copy;
    }

    private string MutateOnce(JsonObject spec)
    {
        switch (_random.Next(17))
        {
            case 0:
            {
                var property = Pick(Properties(spec));
                var name = WireName();
                property["name"] = name;
                return $"rename property to '{name}'";
            }

            case 1:
            {
                var model = Pick(Models(spec));
                var name = WireName();
                ((JsonArray)model["properties"]!).Add(new JsonObject { ["name"] = name, ["type"] = Pick(ScalarTypes), ["nullable"] = _random.Next(2) == 0 });
                return $"add property '{name}'";
            }

            case 2:
            {
                var item = Pick(Properties(spec).Concat(Parameters(spec)).Concat(EnumValues(spec)).ToList());
                var name = Pick(MemberNames);
                item["csharpName"] = name;
                return $"csharpName '{name}'";
            }

            case 3:
            {
                var values = Pick(Enums(spec));
                var name = WireName();
                ((JsonArray)values["values"]!).Add(new JsonObject { ["value"] = name });
                return $"add enum value '{name}'";
            }

            case 4:
            {
                var value = Pick(EnumValues(spec));
                var name = WireName();
                value["value"] = name;
                return $"rename enum value to '{name}'";
            }

            case 5:
            {
                var parameters = Pick(ParameterLists(spec));
                var name = WireName();
                parameters.Add(new JsonObject { ["name"] = name, ["type"] = Pick(ScalarTypes), ["required"] = _random.Next(2) == 0 });
                return $"add parameter '{name}'";
            }

            case 6:
            {
                var parameter = Pick(Parameters(spec).Where(p => !IsPathParameter(p)).ToList());
                var name = WireName();
                parameter["name"] = name;
                return $"rename parameter to '{name}'";
            }

            case 7:
                return RenameKey(spec, "operations", Pick(TypeNames.Concat(MemberNames).ToArray()), renameReferences: false, "group");
            case 8:
            {
                var group = Pick(((JsonObject)spec["operations"]!).Select(g => (JsonObject)g.Value!).ToList());
                var operations = group.Select(o => o.Key).ToList();
                var old = Pick(operations);
                var name = Pick(TypeNames.Concat(MemberNames).ToArray());
                return RenameIn(group, old, name) ? $"rename operation '{old}' to '{name}'" : "no-op";
            }

            case 9:
                return RenameKey(spec, "models", Pick(TypeNames), renameReferences: _random.Next(2) == 0, "model");
            case 10:
                return RenameKey(spec, "enums", Pick(TypeNames), renameReferences: _random.Next(2) == 0, "enum");
            case 11:
            {
                var groupName = Pick(((JsonObject)spec["operations"]!).Select(g => g.Key).ToList());
                var groups = (JsonObject?)spec["groups"] ?? new JsonObject();
                spec["groups"] = groups;
                var className = Pick(TypeNames);
                groups[groupName] = new JsonObject { ["className"] = className };
                return $"group {groupName} className '{className}'";
            }

            case 12:
            {
                var client = (JsonObject)spec["client"]!;
                if (_random.Next(2) == 0)
                {
                    var name = Pick(TypeNames);
                    client["name"] = name;
                    return $"client name '{name}'";
                }

                var ns = Pick(["System", "SevenIo.Runtime", "Microsoft.Extensions.DependencyInjection", "Global", "A.B", "Hooks", "SevenIo.Hooks", "Acme.SevenClient", "@class", "Seven.Io"]);
                client["namespace"] = ns;
                return $"namespace '{ns}'";
            }

            case 13:
            {
                // Where models reach each other: a map of models, a model (or a oneOf) sent as JSON, a map inside what is sent.
                var target = Pick(["Item", "Child", "Either", "Kind", "json", "string", "Item[]"]);
                switch (_random.Next(3))
                {
                    case 0:
                        Pick(Models(spec))["additionalProperties"] = target;
                        return $"additionalProperties {target}";
                    case 1:
                        Pick(ParameterLists(spec)).Add(new JsonObject { ["name"] = WireName(), ["type"] = Pick(["Item", "Child", "Item[]", "Either", "Map"]), ["required"] = _random.Next(2) == 0 });
                        ((JsonObject)spec["models"]!)["Map"] = new JsonObject { ["properties"] = new JsonArray(), ["additionalProperties"] = target };
                        return $"model parameter (Map of {target})";
                    default:
                        ((JsonObject)spec["models"]!)["Map"] = new JsonObject { ["properties"] = new JsonArray(), ["additionalProperties"] = target };
                        ((JsonArray)Pick(Models(spec))["properties"]!).Add(new JsonObject { ["name"] = WireName(), ["type"] = "Map", ["nullable"] = true });
                        return $"property of a map of {target}";
                }
            }

            case 14:
            {
                // An event renamed: its class name derives from the new name, or is given.
                var events = (JsonObject)spec["events"]!;
                var old = Pick(events.Select(e => e.Key).ToList());
                var name = _random.Next(2) == 0 ? WireName() : Pick(["rcs", "voice_call", "web_hook", "x", "data", "unknown_webhook", "webhook", "sevenwebhooks"]);
                if (_random.Next(3) == 0)
                {
                    ((JsonObject)events[old]!)["csharpName"] = Pick(TypeNames);
                }

                return RenameIn(events, old, name) ? $"rename event '{old}' to '{name}'" : "no-op";
            }

            case 15:
            {
                // A oneOf case with other conditions, or the oneOf model used where models go.
                var either = (JsonArray)Models(spec, includeUnions: true).First(m => m["oneOf"] is not null)["oneOf"]!;
                switch (_random.Next(3))
                {
                    case 0:
                        ((JsonObject)either[0]!)["when"] = new JsonObject { ["member"] = WireName(), ["equals"] = _random.Next(2) == 0 ? "x" : 1 };
                        return "oneOf case when equals";
                    case 1:
                        ((JsonArray)Pick(Models(spec))["properties"]!).Add(new JsonObject { ["name"] = WireName(), ["type"] = "Either", ["nullable"] = true });
                        return "property of the oneOf model";
                    default:
                        ((JsonObject)spec["events"]!)[WireName()] = new JsonObject { ["data"] = Pick(["Item", "Child", "Either", "Kind", "string"]) };
                        return "add event";
                }
            }

            default:
            {
                // A case-only twin of an existing wire name.
                var property = Pick(Properties(spec));
                var name = (string)property["name"]!;
                var upper = name.ToUpperInvariant();
                var twin = string.Equals(upper, name, StringComparison.Ordinal) ? name.ToLowerInvariant() : upper;
                var model = Models(spec).First(m => ((JsonArray)m["properties"]!).Contains(property));
                ((JsonArray)model["properties"]!).Add(new JsonObject { ["name"] = twin, ["type"] = "string", ["nullable"] = true });
                return $"case twin '{twin}'";
            }
        }
    }

    private string WireName() => _random.Next(3) switch
    {
        0 => Pick(GeneratorWireNames),
        1 => Pick(Keywords),
        _ => Pick(OddWireNames),
    };

    private string RenameKey(JsonObject spec, string section, string name, bool renameReferences, string kind)
    {
        var map = (JsonObject?)spec[section];
        if (map is null || map.Count == 0)
        {
            return "no-op";
        }

        var old = Pick(map.Select(e => e.Key).ToList());
        if (!RenameIn(map, old, name))
        {
            return "no-op";
        }

        if (section == "operations" && spec["groups"] is JsonObject groups && groups[old] is { } info)
        {
            groups.Remove(old);
            groups[name] = info.DeepClone();
        }

        if (renameReferences)
        {
            foreach (var typed in AllTyped(spec))
            {
                var type = (string)typed["type"]!;
                if (type == old || type == old + "[]")
                {
                    typed["type"] = string.Concat(name, type.AsSpan(old.Length));
                }
            }
        }

        return $"rename {kind} '{old}' to '{name}'{(renameReferences ? " with its uses" : string.Empty)}";
    }

    /// <summary>Renames a key keeping its place; false when the new name is already a key.</summary>
    private static bool RenameIn(JsonObject map, string old, string name)
    {
        if (map.ContainsKey(name))
        {
            return false;
        }

        var entries = map.Select(e => (e.Key, Value: e.Value?.DeepClone())).ToList();
        map.Clear();
        foreach (var (key, value) in entries)
        {
            map[key == old ? name : key] = value;
        }

        return true;
    }

    private static bool IsPathParameter(JsonObject parameter) => parameter["name"]?.GetValue<string>() == "id" && parameter["required"]?.GetValue<bool>() == true;

    /// <summary>The models with properties (and, when asked, the oneOf models too).</summary>
    private static List<JsonObject> Models(JsonObject spec, bool includeUnions = false) =>
        ((JsonObject)spec["models"]!).Select(m => (JsonObject)m.Value!).Where(m => includeUnions || m["properties"] is not null).ToList();

    private static List<JsonObject> Enums(JsonObject spec) => ((JsonObject)spec["enums"]!).Select(m => (JsonObject)m.Value!).ToList();

    private static List<JsonObject> Properties(JsonObject spec) => Models(spec).SelectMany(m => ((JsonArray)m["properties"]!).Cast<JsonObject>()).ToList();

    private static List<JsonObject> EnumValues(JsonObject spec) => Enums(spec).SelectMany(m => ((JsonArray)m["values"]!).Cast<JsonObject>()).ToList();

    private static List<JsonArray> ParameterLists(JsonObject spec) => Operations(spec)
        .SelectMany(op => op["parameters"] is JsonArray single ? [single] : ((JsonArray?)op["parameterSets"] ?? []).Select(set => (JsonArray)set!["parameters"]!))
        .ToList();

    private static List<JsonObject> Parameters(JsonObject spec) => ParameterLists(spec).SelectMany(list => list.Cast<JsonObject>()).ToList();

    private static IEnumerable<JsonObject> Operations(JsonObject spec) =>
        ((JsonObject)spec["operations"]!).SelectMany(g => ((JsonObject)g.Value!).Select(o => (JsonObject)o.Value!));

    private static IEnumerable<JsonObject> AllTyped(JsonObject spec) =>
        Properties(spec).Concat(Parameters(spec)).Concat(Operations(spec).Select(op => (JsonObject)op["response"]!));

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
