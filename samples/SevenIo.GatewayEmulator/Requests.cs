using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SevenIo.GatewayEmulator;

/// <summary>
/// A request's parameters wherever the client put them: the query string, a form body or a JSON
/// body, read the way the gateway (PHP) reads them, lists included (<c>ids[0]=1</c>, <c>ids[]=1</c>,
/// repeated names, or a JSON array).
/// </summary>
public sealed class Parameters
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    private Parameters()
    {
    }

    /// <summary>Reads the parameters of a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The parameters.</returns>
    public static async Task<Parameters> ReadAsync(HttpRequest request)
    {
        var parameters = new Parameters();
        foreach (var (key, values) in request.Query)
        {
            parameters.AddAll(key, values.Select(v => v ?? string.Empty));
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            foreach (var (key, values) in form)
            {
                parameters.AddAll(key, values.Select(v => v ?? string.Empty));
            }
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(request.Body);
            using var document = JsonDocument.Parse(await reader.ReadToEndAsync().ConfigureAwait(false));
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    parameters.AddAll(property.Name, property.Value.EnumerateArray().Select(Text));
                }
                else
                {
                    parameters.AddAll(property.Name, [Text(property.Value)]);
                }
            }
        }

        return parameters;
    }

    /// <summary>A parameter's value, or null.</summary>
    /// <param name="name">The wire name.</param>
    /// <returns>The first value.</returns>
    public string? this[string name] => _values.TryGetValue(name, out var values) ? values[0] : null;

    /// <summary>Every value of a list parameter, however it was written.</summary>
    /// <param name="name">The wire name.</param>
    /// <returns>The values; a comma-separated value is split.</returns>
    public IReadOnlyList<string> List(string name) =>
        _values.TryGetValue(name, out var values) ? values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList() : [];

    /// <summary>A boolean parameter: <c>1</c> and <c>true</c> are true.</summary>
    /// <param name="name">The wire name.</param>
    /// <returns>The value; false when absent.</returns>
    public bool Flag(string name) => this[name] is "1" or "true";

    private void AddAll(string key, IEnumerable<string> values)
    {
        // PHP's list keys: ids[] and ids[0] both mean "ids".
        var bracket = key.IndexOf('[', StringComparison.Ordinal);
        var name = bracket > 0 && key.EndsWith(']') ? key.Substring(0, bracket) : key;
        if (!_values.TryGetValue(name, out var list))
        {
            _values[name] = list = [];
        }

        list.AddRange(values);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}

/// <summary>Writes the emulator's answers.</summary>
internal static class Answer
{
    public static async Task JsonAsync(HttpContext context, Action<Utf8JsonWriter> write, int status = 200, string contentType = "application/json")
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
    }

    public static Task TextAsync(HttpContext context, string text, string contentType = "text/plain")
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(text);
    }

    /// <summary><c>{"success": true, "error": null}</c>, the answer of most operations that change something.</summary>
    public static Task SuccessAsync(HttpContext context) => JsonAsync(context, writer =>
    {
        writer.WriteStartObject();
        writer.WriteBoolean("success", true);
        writer.WriteNull("error");
        writer.WriteEndObject();
    });

    /// <summary><c>{"success": false, "error": "..."}</c>, as subaccounts and contacts report a refusal (F4).</summary>
    public static Task RefusedAsync(HttpContext context, string error) => JsonAsync(context, writer =>
    {
        writer.WriteStartObject();
        writer.WriteBoolean("success", false);
        writer.WriteString("error", error);
        writer.WriteEndObject();
    });

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Time(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
