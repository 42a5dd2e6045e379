using System;
using System.Globalization;
using System.Linq;
using System.IO;
using System.Text;

namespace SevenIo.Benchmarks.Generator;

/// <summary>Specs for the generator benchmarks: the canonical one, and synthetic ones of any size.</summary>
public static class SyntheticSpec
{
    /// <summary>The spec file that declares the client, and the hooks group's.</summary>
    public static (string Path, string Text)[] Hooks() => [Canonical("seven.seven.json"), Canonical("hooks.seven.json")];

    /// <summary>Every spec file of the package: the whole gateway.</summary>
    public static (string Path, string Text)[] Gateway() => typeof(SyntheticSpec).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith("spec/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(name => Canonical(name.Substring("spec/".Length)))
        .ToArray();

    private static (string Path, string Text) Canonical(string fileName)
    {
        using var stream = typeof(SyntheticSpec).Assembly.GetManifestResourceStream("spec/" + fileName)!;
        using var reader = new StreamReader(stream);
        return ("/spec/" + fileName, reader.ReadToEnd());
    }

    /// <summary>A spec with <paramref name="operations"/> operations in groups of ten, each with two parameters and a model response.</summary>
    public static string WithOperations(int operations)
    {
        var builder = new StringBuilder();
        builder.Append("""
            {
              "client": { "name": "SyntheticClient", "namespace": "Synthetic", "baseAddress": "https://example.com", "apiKeyHeader": "X-Api-Key",
                          "failure": { "success": "success", "code": "code", "message": "error_message" } },
              "enums": { "Kind": { "values": [ { "value": "a" }, { "value": "b" }, { "value": "c" } ] } },
              "models": { "Item": { "properties": [
                { "name": "id", "type": "int64" },
                { "name": "name", "type": "string", "nullable": true },
                { "name": "kind", "type": "Kind" },
                { "name": "created", "type": "datetime", "format": "yyyy-MM-dd HH:mm:ss" } ] } },
              "operations": {
            """);
        for (var group = 0; group * 10 < operations; group++)
        {
            builder.Append(group == 0 ? string.Empty : ",\n").Append(CultureInfo.InvariantCulture, $"    \"Group{group}\": {{\n");
            for (var i = group * 10; i < operations && i < (group + 1) * 10; i++)
            {
                builder.Append(i == group * 10 ? string.Empty : ",\n").Append(CultureInfo.InvariantCulture, $$"""
                          "Operation{{i}}": {
                            "description": "Operation number {{i}}.",
                            "method": "{{(i % 2 == 0 ? "GET" : "POST")}}",
                            "path": "/api/items/{id}",
                            "parameters": [
                              { "name": "id", "type": "int64", "required": true, "description": "The item." },
                              { "name": "kind", "type": "Kind", "default": "a", "description": "The kind." }
                            ],
                            "response": { "type": "Item[]", "property": "items" }
                          }
                    """);
            }

            builder.Append("\n    }");
        }

        return builder.Append("\n  }\n}\n").ToString();
    }
}
