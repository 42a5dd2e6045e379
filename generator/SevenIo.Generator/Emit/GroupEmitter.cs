using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Model;
using SevenIo.Generator.Spec;

namespace SevenIo.Generator.Emit;

/// <summary>
/// A group's client class: one virtual method per parameter set of each operation, building an
/// <c>ApiRequest</c> and handing it to the pipeline with the operation's response reader.
/// </summary>
internal static class GroupEmitter
{
    public static void Emit(SourceWriter writer, string ns, GroupModel group, CodeStyle style)
    {
        var name = Names.Escape(group.ClassName);
        var json = new JsonReadEmitter(ns);

        writer.Doc("summary", group.Description is null ? $"The {SourceWriter.XmlText(group.Name)} operations." : SourceWriter.XmlText(group.Description));
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public partial class {name}");

        foreach (var operation in group.Operations.Where(op => op.Response.Property is not null))
        {
            writer.Line($"private static readonly byte[] {operation.Name}ResponseProperty = global::System.Text.Encoding.UTF8.GetBytes({SourceWriter.Literal(operation.Response.Property!)});");
        }

        foreach (var operation in group.Operations)
        {
            writer.Line($"private static readonly {CSharp.Runtime}.JsonValueReader<{CSharp.Type(operation.Response.Type, ns)}> {operation.Name}ResponseReader = Read{operation.Name}Response;");
        }

        writer.Line();
        writer.Line($"private readonly {CSharp.Runtime}.ApiPipeline _pipeline;");
        writer.Line();
        writer.Doc("summary", "Initializes a new instance for mocking; it has no connection to the gateway.");
        writer.OpenBlock($"protected {name}()");
        writer.Line($"_pipeline = null{CSharp.Forgive(style)};");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock($"internal {name}({CSharp.Runtime}.ApiPipeline pipeline)");
        writer.Line("_pipeline = pipeline;");
        writer.CloseBlock();

        foreach (var operation in group.Operations)
        {
            foreach (var set in operation.ParameterSets)
            {
                writer.Line();
                EmitOperation(writer, ns, group.Name, operation, set, style);
            }
        }

        foreach (var operation in group.Operations)
        {
            writer.Line();
            EmitResponseReader(writer, ns, operation, json);
        }

        json.WriteItemReaders(writer);
        writer.CloseBlock();
    }

    private static void EmitOperation(SourceWriter writer, string ns, string groupName, OperationModel operation, ParameterSetModel set, CodeStyle style)
    {
        // Required parameters first, in spec order, then the optional ones: C# needs it that way.
        var parameters = set.Parameters.Where(p => p.Required).Concat(set.Parameters.Where(p => !p.Required)).ToList();
        var resultType = CSharp.Type(operation.Response.Type, ns);

        var summary = operation.Description ?? $"Calls <c>{operation.Method} {operation.Path}</c>.";
        writer.Doc("summary", set.Description is null
            ? SourceWriter.XmlText(summary)
            : SourceWriter.XmlText(summary) + "\n" + SourceWriter.XmlText(set.Description));
        foreach (var parameter in parameters)
        {
            writer.Doc("param", ParameterDoc(parameter), $"name=\"{parameter.Name}\"");
        }

        writer.Doc("param", "Cancels the call.", "name=\"cancellationToken\"");
        writer.Doc("returns", operation.Response.Description is null
            ? DefaultReturnsDoc(operation.Response.Type, ns)
            : SourceWriter.XmlText(operation.Response.Description));
        if (parameters.Any(p => IsChecked(p) || p.Type.Format == TypeResolver.HttpUriFormat))
        {
            writer.Doc("exception", parameters.Any(p => p.Type.Format == TypeResolver.HttpUriFormat)
                ? "A required argument is null or empty, or an address is not an absolute http or https URI."
                : "A required argument is null or empty.", "cref=\"global::System.ArgumentException\"");
        }

        writer.Doc("exception", "The gateway reported a failure, or its response could not be read.", $"cref=\"{CSharp.ApiException}\"");
        writer.Doc("exception", "The request could not be sent or the response not received.", "cref=\"global::System.Net.Http.HttpRequestException\"");

        var signature = parameters
            .Select(p => p.Required
                ? $"{ParameterType(p, ns)} {Names.Escape(p.Name)}"
                : $"{NullableParameterType(p, ns, style)} {Names.Escape(p.Name)} = null")
            .Append("global::System.Threading.CancellationToken cancellationToken = default");
        writer.OpenBlock($"public virtual global::System.Threading.Tasks.Task<{resultType}> {operation.Name}Async({string.Join(", ", signature)})");

        foreach (var parameter in parameters)
        {
            EmitCheck(writer, parameter);
        }

        var operationName = SourceWriter.Literal(groupName + "." + operation.Name);
        writer.Line($"var request = new {CSharp.Runtime}.ApiRequest({operationName}, {HttpMethod(operation.Method)}, {PathExpression(operation.Path, set)}, {CSharp.Runtime}.ParameterLocation.{operation.ParameterLocation});");
        foreach (var parameter in set.Parameters.Where(p => !p.InPath))
        {
            EmitAdd(writer, parameter);
        }

        writer.Line($"return _pipeline.SendAsync(request, {operation.Name}ResponseReader, cancellationToken);");
        writer.CloseBlock();
    }

    /// <summary>Checks an argument before anything is sent: required values present, URIs absolute http(s).</summary>
    private static void EmitCheck(SourceWriter writer, ParameterModel parameter)
    {
        var name = Names.Escape(parameter.Name);
        if (parameter.Type.Kind == ValueKind.String && parameter.Type.Format == TypeResolver.HttpUriFormat)
        {
            var check = parameter.Required ? "AssertHttpUri" : "AssertHttpUriOrNull";
            writer.Line($"{CSharp.Runtime}.Argument.{check}({name}, nameof({name}));");
        }
        else if (IsChecked(parameter))
        {
            var value = parameter.Type.Kind == ValueKind.Enum ? name + ".ToString()" : name;
            var check = parameter.Type.Kind == ValueKind.Array ? "AssertNotNull" : "AssertNotNullOrEmpty";
            writer.Line($"{CSharp.Runtime}.Argument.{check}({value}, nameof({name}));");
        }
    }

    private static void EmitAdd(SourceWriter writer, ParameterModel parameter)
    {
        var name = Names.Escape(parameter.Name);
        var wire = SourceWriter.Literal(parameter.WireName);
        if (parameter.Type.Kind == ValueKind.Array)
        {
            if (!parameter.Required)
            {
                writer.OpenBlock($"if ({name} != null)");
            }

            writer.OpenBlock($"foreach (var item in {name})");
            writer.Line($"request.Add({wire}, {AddValue("item", parameter.Type.Element!)});");
            writer.CloseBlock();
            if (!parameter.Required)
            {
                writer.CloseBlock();
            }

            writer.Line();
            return;
        }

        if (parameter.Required)
        {
            writer.Line($"request.Add({wire}, {AddValue(name, parameter.Type)});");
            return;
        }

        var isValueType = parameter.Type.IsValueType;
        writer.OpenBlock(isValueType ? $"if ({name}.HasValue)" : $"if ({name} != null)");
        writer.Line($"request.Add({wire}, {AddValue(isValueType ? name + ".Value" : name, parameter.Type)});");
        writer.CloseBlock();
        writer.Line();
    }

    /// <summary>The arguments after the wire name that <c>ApiRequest.Add</c> takes for a value.</summary>
    private static string AddValue(string value, TypeModel type) => type.Kind switch
    {
        ValueKind.Enum => value + ".ToString()",
        ValueKind.DateTime => $"{value}, {SourceWriter.Literal(type.Format!)}",
        _ => value,
    };

    private static void EmitResponseReader(SourceWriter writer, string ns, OperationModel operation, JsonReadEmitter json)
    {
        var response = operation.Response;
        writer.OpenBlock($"private static {CSharp.Type(response.Type, ns)} Read{operation.Name}Response(ref {CSharp.Reader} reader)");
        if (response.Property is not null)
        {
            writer.Line($"{CSharp.Runtime}.JsonValues.MoveToProperty(ref reader, {operation.Name}ResponseProperty);");
        }

        writer.Line($"return {json.Read(response.Type, acceptsString: false, $"Read{operation.Name}ResponseItem")};");
        writer.CloseBlock();
    }

    /// <summary>The path as a C# expression: literal pieces joined with the escaped placeholder values.</summary>
    private static string PathExpression(string template, ParameterSetModel set)
    {
        var parts = new List<string>();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                parts.Add(SourceWriter.Literal(template.Substring(position)));
                break;
            }

            if (open > position)
            {
                parts.Add(SourceWriter.Literal(template.Substring(position, open - position)));
            }

            var close = template.IndexOf('}', open);
            var parameter = set.Parameters.First(p => p.WireName == template.Substring(open + 1, close - open - 1));
            parts.Add($"global::System.Uri.EscapeDataString({PathText(Names.Escape(parameter.Name), parameter.Type)})");
            position = close + 1;
        }

        return string.Join(" + ", parts);
    }

    private static string PathText(string value, TypeModel type) => type.Kind switch
    {
        ValueKind.String => value,
        ValueKind.Enum => value + ".ToString()",
        ValueKind.Boolean => $"({value} ? \"1\" : \"0\")",
        ValueKind.DateTime => $"{value}.ToString({SourceWriter.Literal(type.Format!)}, global::System.Globalization.CultureInfo.InvariantCulture)",
        _ => $"{value}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
    };

    private static string HttpMethod(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        _ => $"new global::System.Net.Http.HttpMethod({SourceWriter.Literal(method)})",
    };

    private static string DefaultReturnsDoc(TypeModel type, string ns) => type.Kind switch
    {
        ValueKind.Array when type.Element!.Kind is ValueKind.Model or ValueKind.Enum =>
            $"The <see cref=\"{CSharp.Type(type.Element, ns)}\"/> items the gateway answered with.",
        ValueKind.Array => "The items the gateway answered with.",
        ValueKind.Model or ValueKind.Enum => $"The <see cref=\"{CSharp.Type(type, ns)}\"/> the gateway answered with.",
        _ => "The value the gateway answered with.",
    };

    private static bool IsChecked(ParameterModel parameter) =>
        parameter.Required && parameter.Type.Kind is ValueKind.String or ValueKind.Enum or ValueKind.Array;

    private static string ParameterType(ParameterModel parameter, string ns) =>
        parameter.Type.Kind == ValueKind.Array
            ? $"global::System.Collections.Generic.IEnumerable<{CSharp.Type(parameter.Type.Element!, ns)}>"
            : CSharp.Type(parameter.Type, ns);

    private static string NullableParameterType(ParameterModel parameter, string ns, CodeStyle style) =>
        parameter.Type.Kind == ValueKind.Array
            ? ParameterType(parameter, ns) + (style.NullableAnnotations ? "?" : string.Empty)
            : CSharp.NullableType(parameter.Type, ns, style);

    private static string ParameterDoc(ParameterModel parameter)
    {
        var text = parameter.Description is null
            ? $"The <c>{SourceWriter.XmlText(parameter.WireName)}</c> parameter."
            : SourceWriter.XmlText(parameter.Description);
        if (parameter.Required)
        {
            return text;
        }

        return parameter.DefaultDescription is null
            ? text + " Optional; left out of the request when null."
            : $"{text} Optional; when null it is left out and the gateway uses <c>{SourceWriter.XmlText(parameter.DefaultDescription)}</c>.";
    }
}
