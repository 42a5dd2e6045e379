using System.Globalization;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;
using SevenIo.Generator.Planning;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// A group's client class: one virtual method per overload of each operation, building an
/// <c>ApiRequest</c> and handing it to the pipeline with the operation's response reader.
/// </summary>
internal static class GroupEmitter
{
    public static void Emit(SourceWriter writer, string ns, GroupModel group, CodeStyle style, Conventions conventions)
    {
        var name = CSharp.Id(group.ClassName);
        writer.Doc("summary", group.Description is null ? $"The {SourceWriter.XmlText(group.Name)} operations." : SourceWriter.XmlText(group.Description));
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public partial class {name}");

        foreach (var operation in group.Operations)
        {
            var response = operation.Response;
            if (response.PropertyField is not null)
            {
                writer.Line($"private static readonly byte[] {response.PropertyField} = global::System.Text.Encoding.UTF8.GetBytes({SourceWriter.Literal(response.WireProperty!)});");
            }

            if (!response.IsText)
            {
                writer.Line($"private static readonly {RuntimeContract.JsonValueReader}<{CSharp.Type(response.Type, ns)}> {response.ReaderField} = {response.ReadMethod};");
            }

            if (operation.Failure is { } failure)
            {
                writer.Line($"private static readonly {RuntimeContract.FailureEnvelope} {operation.FailureField} = {CSharp.FailureEnvelope(failure)};");
            }
        }

        writer.Line();
        writer.Line($"private readonly {RuntimeContract.ApiPipeline} {group.PipelineField};");
        writer.Line();
        writer.Doc("summary", $"Initializes a new instance for mocking; it has no connection to the {conventions.Service}.");
        writer.OpenBlock($"protected {name}()");
        writer.Line($"{group.PipelineField} = null{CSharp.Forgive(style)};");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock($"internal {name}({RuntimeContract.ApiPipeline} pipeline)");
        writer.Line($"{group.PipelineField} = pipeline;");
        writer.CloseBlock();

        foreach (var operation in group.Operations)
        {
            foreach (var overload in operation.Overloads)
            {
                writer.Line();
                EmitOverload(writer, ns, group, operation, overload, style, conventions);
                if (operation.Paging is { } paging)
                {
                    writer.Line();
                    EmitPagedOverload(writer, ns, operation, overload, paging, style, conventions);
                }
            }
        }

        foreach (var operation in group.Operations.Where(op => !op.Response.IsText))
        {
            writer.Line();
            EmitResponseReader(writer, ns, operation.Response, conventions);
        }

        writer.CloseBlock();
    }

    private static void EmitOverload(SourceWriter writer, string ns, GroupModel group, OperationModel operation, OverloadModel overload, CodeStyle style, Conventions conventions)
    {
        var resultType = CSharp.Type(operation.Response.Type, ns);
        var summary = overload.Summary is null
            ? $"Calls <c>{operation.HttpMethod} {SourceWriter.XmlText(operation.PathTemplate)}</c>."
            : SourceWriter.XmlText(overload.Summary);
        writer.Doc("summary", summary);
        EmitParameterDocs(writer, ns, overload, conventions);
        writer.Doc("returns", operation.Response.Description is null
            ? DefaultReturnsDocumentation(operation.Response.Type, ns, conventions)
            : SourceWriter.XmlText(operation.Response.Description));
        EmitExceptionDocs(writer, overload, conventions, thrownBy: null);
        writer.OpenBlock($"public virtual global::System.Threading.Tasks.Task<{resultType}> {overload.MethodName}({Signature(ns, overload, style)})");
        EmitChecks(writer, overload);
        var options = overload.Options;

        // The method's own locals yield to every name in its scope: the parameters and the fields it uses.
        var names = new LocalNames(overload.Parameters.Select(p => p.Name)
            .Concat(new[] { overload.CancellationToken, "nameof", group.PipelineField, operation.Response.ReaderField, operation.FailureField ?? string.Empty, options?.Parameter ?? string.Empty }));
        var request = names.Pick("request");
        var item = names.Pick("item");
        // When every field is always sent, the request makes room for exactly those (a list counts once);
        // with optional ones, how many come is not known, and the list grows as usual.
        var fields = overload.Parameters.Where(p => p.Location is ParameterLocationKind.Query or ParameterLocationKind.Form).ToList();
        var capacity = fields.Count == 0 || fields.Any(p => !p.Required && p.Value is null) ? string.Empty : ", " + fields.Count.ToString(CultureInfo.InvariantCulture);
        writer.Line($"var {request} = new {RuntimeContract.ApiRequest}({SourceWriter.Literal(operation.TelemetryName)}, {HttpMethod(operation.HttpMethod)}, {PathExpression(overload)}{capacity});");
        if (operation.FailureField is not null)
        {
            writer.Line($"{request}.Failure = {operation.FailureField};");
        }

        var optionsOpen = false;
        foreach (var parameter in overload.Parameters.Where(p => !p.InPath))
        {
            if (options?.PropertyOf(parameter.Name) is { } property)
            {
                if (!optionsOpen)
                {
                    writer.OpenBlock($"if ({CSharp.Id(options!.Parameter)} != null)");
                    optionsOpen = true;
                }

                EmitAdd(writer, ns, parameter, $"{CSharp.Id(options!.Parameter)}.{CSharp.Id(property)}", request, item);
                continue;
            }

            if (optionsOpen)
            {
                writer.CloseBlock();
                writer.Line();
                optionsOpen = false;
            }

            EmitAdd(writer, ns, parameter, CSharp.Id(parameter.Name), request, item);
        }

        if (optionsOpen)
        {
            writer.CloseBlock();
            writer.Line();
        }

        writer.Line(operation.Response.IsText
            ? $"return {group.PipelineField}.SendForTextAsync({request}, {overload.CancellationToken});"
            : $"return {group.PipelineField}.SendAsync({request}, {operation.Response.ReaderField}, {overload.CancellationToken});");
        writer.CloseBlock();
    }

    /// <summary>
    /// The method that walks every page of a list operation: the same parameters as the one-page
    /// method, whose offset says where the first page starts; each page is one call of that method.
    /// </summary>
    private static void EmitPagedOverload(SourceWriter writer, string ns, OperationModel operation, OverloadModel overload, PagingModel paging, CodeStyle style, Conventions conventions)
    {
        var itemType = CSharp.Type(paging.ItemType, ns);
        var offset = overload.Parameters.First(p => p.WireName == paging.OffsetWireName);
        var limit = overload.Parameters.First(p => p.WireName == paging.LimitWireName);
        var options = overload.Options;
        string Argument(ParameterModel parameter) => options?.PropertyOf(parameter.Name) is { } property
            ? $"{CSharp.Id(options.Parameter)}?.{CSharp.Id(property)}"
            : CSharp.Id(parameter.Name);

        var onePage = operation.Overloads.Count == 1 ? $"<see cref=\"{overload.MethodName}\"/>" : $"<c>{overload.MethodName}</c>";
        writer.Doc("summary", $"Reads every entry of the list that {onePage} reads a page at a time: one call of it per page, made as the enumeration reaches that page.");
        EmitParameterDocs(writer, ns, overload, conventions);
        var shortPage = $"shorter than <c>{SourceWriter.XmlText(paging.LimitWireName)}</c> ({paging.PageSize.ToString(CultureInfo.InvariantCulture)} without a limit)";
        var ends = paging.HasMore.Count == 0
            ? $"on an empty page or on a page {shortPage}"
            : paging.HasMore.Any(step => step.Nullable)
                ? $"on a page that says no more follow, on an empty page, and on a page that does not say and is {shortPage}"
                : "on a page that says no more follow or on an empty page";
        writer.Doc("returns", $"The <see cref=\"{itemType}\"/> entries of every page, in order. Each page starts after the entries that arrived, whatever the limit asked; the list ends {ends}.");
        EmitExceptionDocs(writer, overload, conventions, thrownBy: "while enumerating");
        writer.OpenBlock($"public virtual global::System.Collections.Generic.IAsyncEnumerable<{itemType}> {paging.MethodName}({Signature(ns, overload, style)})");
        EmitChecks(writer, overload);

        var names = new LocalNames(overload.Parameters.Select(p => p.Name).Concat(new[] { overload.CancellationToken, "nameof", options?.Parameter ?? string.Empty }));
        var pageOffset = names.Pick("pageOffset");
        var pageToken = names.Pick("pageToken");
        var page = names.Pick("page");
        var arguments = overload.Signature.Select(p => p == offset ? pageOffset : CSharp.Id(p.Name)).ToList();
        writer.Line($"return {RuntimeContract.OffsetPaging}.Enumerate<{CSharp.Type(operation.Response.Type, ns)}, {itemType}>(");
        writer.Indent();
        if (options is null)
        {
            writer.Line($"({pageOffset}, {pageToken}) => {overload.MethodName}({string.Join(", ", arguments.Append(pageToken))}),");
        }
        else
        {
            // The caller's options stay as they are: each page gets a copy that starts where it does.
            writer.Line($"({pageOffset}, {pageToken}) => {overload.MethodName}({string.Join(string.Empty, arguments.Select(a => a + ", "))}new {CSharp.Qualified(ns, options.ClassName)}");
            writer.Line("{");
            writer.Indent();
            foreach (var option in options.Options)
            {
                writer.Line($"{CSharp.Id(option.Property)} = {(option.Parameter == offset ? pageOffset : Argument(option.Parameter))},");
            }

            writer.Outdent();
            writer.Line($"}}, {pageToken}),");
        }

        writer.Line($"{page} => {MemberPath(page, paging.Items)},");
        writer.Line(paging.HasMore.Count == 0 ? "null," : $"{page} => {MemberPath(page, paging.HasMore)},");
        writer.Line($"{Argument(offset)} ?? 0,");
        writer.Line($"{Argument(limit)} ?? {paging.PageSize.ToString(CultureInfo.InvariantCulture)},");
        writer.Line($"{overload.CancellationToken});");
        writer.Outdent();
        writer.CloseBlock();
    }

    /// <summary>A value reached from <paramref name="root"/> through properties, with <c>?.</c> after each that may be null.</summary>
    private static string MemberPath(string root, EquatableArray<MemberStep> steps)
    {
        var text = new System.Text.StringBuilder(root);
        var nullable = false;
        foreach (var step in steps)
        {
            text.Append(nullable ? "?." : ".").Append(CSharp.Id(step.Name));
            nullable |= step.Nullable;
        }

        return text.ToString();
    }

    private static void EmitParameterDocs(SourceWriter writer, string ns, OverloadModel overload, Conventions conventions)
    {
        foreach (var parameter in overload.Signature)
        {
            writer.Doc("param", ParameterDocumentation(parameter, conventions), $"name=\"{parameter.Name}\"");
        }

        if (overload.Options is { } optionsDoc)
        {
            writer.Doc("param", $"The optional parameters (<see cref=\"{CSharp.Qualified(ns, optionsDoc.ClassName)}\"/>); may be null, and then none is sent.", $"name=\"{optionsDoc.Parameter}\"");
        }

        writer.Doc("param", "Cancels the call.", $"name=\"{overload.CancellationToken}\"");
    }

    /// <summary>What the method throws; <paramref name="thrownBy"/> says when the call's own failures surface, for a method that defers them.</summary>
    private static void EmitExceptionDocs(SourceWriter writer, OverloadModel overload, Conventions conventions, string? thrownBy)
    {
        var when = thrownBy is null ? string.Empty : " " + thrownBy;
        if (ArgumentExceptionDocumentation(overload) is { } argumentException)
        {
            writer.Doc("exception", argumentException, "cref=\"global::System.ArgumentException\"");
        }

        writer.Doc("exception", $"The {conventions.Service} reported a failure, or its response could not be read{when}.", $"cref=\"{RuntimeContract.SevenApiException}\"");
        writer.Doc("exception", $"The request could not be sent or the response not received{when}.", "cref=\"global::System.Net.Http.HttpRequestException\"");
        writer.Doc("exception", $"The HttpClient's timeout passed before the response arrived{when}.", "cref=\"global::System.TimeoutException\"");
        writer.Doc("exception", $"<paramref name=\"{overload.CancellationToken}\"/> was cancelled{when}.", "cref=\"global::System.OperationCanceledException\"");
    }

    /// <summary>The C# parameter list: required, optional (or the options class), then the token.</summary>
    private static string Signature(string ns, OverloadModel overload, CodeStyle style) => string.Join(", ", overload.Signature
        .Select(p => p.Required
            ? $"{ParameterType(p, ns)} {CSharp.Id(p.Name)}"
            : $"{NullableParameterType(p, ns, style)} {CSharp.Id(p.Name)} = null")
        .Concat(overload.Options is { } optionsParameter
            ? new[] { $"{CSharp.Qualified(ns, optionsParameter.ClassName)}{(style.NullableAnnotations ? "?" : string.Empty)} {CSharp.Id(optionsParameter.Parameter)} = null" }
            : System.Array.Empty<string>())
        .Append($"global::System.Threading.CancellationToken {overload.CancellationToken} = default"));

    /// <summary>The argument checks, before anything is sent.</summary>
    private static void EmitChecks(SourceWriter writer, OverloadModel overload)
    {
        foreach (var parameter in overload.Signature)
        {
            EmitCheck(writer, parameter, CSharp.Id(parameter.Name), $"nameof({CSharp.Id(parameter.Name)})");
        }

        var options = overload.Options;
        foreach (var option in options?.Options ?? EquatableArray<OptionModel>.Empty)
        {
            EmitCheck(writer, option.Parameter, $"{CSharp.Id(options!.Parameter)}?.{CSharp.Id(option.Property)}", SourceWriter.Literal(options.Parameter + "." + option.Property));
        }
    }

    /// <summary>When the method throws <see cref="System.ArgumentException"/>, from the checks of its parameters; null when it never does.</summary>
    private static string? ArgumentExceptionDocumentation(OverloadModel overload)
    {
        var checks = overload.Parameters.Select(p => p.Check).Where(c => c != ArgumentCheck.None).ToList();
        var list = checks.Contains(ArgumentCheck.NotEmptyList) || checks.Contains(ArgumentCheck.NotNullOrEmptyList);
        var missing = checks.Any(c => c != ArgumentCheck.NotEmptyList)
            ? checks.Any(c => c is ArgumentCheck.HttpUri or ArgumentCheck.HttpUriOrNull)
                ? "A required argument is missing, or an address is not an absolute http or https URI"
                : "A required argument is missing: null, empty or the default value"
            : null;
        const string EmptyList = "list is empty, which its encoding (one field per item) cannot send";
        return (missing, list) switch
        {
            (null, false) => null,
            (null, true) => "A " + EmptyList + ".",
            (_, false) => missing + ".",
            _ => missing + "; or a " + EmptyList + ".",
        };
    }

    /// <summary>Checks an argument before anything is sent.</summary>
    private static void EmitCheck(SourceWriter writer, ParameterModel parameter, string value, string nameExpression)
    {
        var method = parameter.Check switch
        {
            ArgumentCheck.NotNull => "AssertNotNull",
            ArgumentCheck.NotNullOrEmpty => "AssertNotNullOrEmpty",
            ArgumentCheck.NotDefault => "AssertNotDefault",
            ArgumentCheck.HttpUri => "AssertHttpUri",
            ArgumentCheck.HttpUriOrNull => "AssertHttpUriOrNull",
            ArgumentCheck.NotEmptyList => "AssertNotEmptyList",
            ArgumentCheck.NotNullOrEmptyList => "AssertNotNullOrEmptyList",
            _ => null,
        };
        if (method is not null)
        {
            writer.Line($"{RuntimeContract.Argument}.{method}({value}, {nameExpression});");
        }
    }

    /// <summary>Puts one parameter into the request: the query, the form or the JSON body. Optional ones only when given.</summary>
    private static void EmitAdd(SourceWriter writer, string ns, ParameterModel parameter, string name, string request, string item)
    {
        if (parameter.Value is { } fixedValue)
        {
            if (parameter.Location == ParameterLocationKind.Json)
            {
                JsonWriteEmitter.WriteFixed(writer, request + ".Json", parameter.WireName, fixedValue, parameter.Type);
            }
            else
            {
                writer.Line($"{request}.{AddMethod(parameter)}({SourceWriter.Literal(parameter.FieldName)}, {SourceWriter.Literal(fixedValue)});");
            }

            return;
        }

        var value = parameter.Required || !parameter.Type.IsValueType ? name : name + ".Value";
        if (!parameter.Required)
        {
            writer.OpenBlock(parameter.Type.IsValueType ? $"if ({name}.HasValue)" : $"if ({name} != null)");
        }

        if (parameter.Location == ParameterLocationKind.Json)
        {
            JsonWriteEmitter.WriteProperty(writer, ns, request + ".Json", parameter.WireName, value, parameter.Type, item);
        }
        else if (parameter.Type.Kind == ValueKind.Array)
        {
            var items = Texts(value, parameter.Type.Element!, parameter.BooleanWords, item);
            writer.Line($"{request}.{AddMethod(parameter)}({SourceWriter.Literal(parameter.FieldName)}, {items}, {RuntimeContract.ArrayStyle}.{parameter.Style});");
        }
        else
        {
            writer.Line($"{request}.{AddMethod(parameter)}({SourceWriter.Literal(parameter.FieldName)}, {Text(value, parameter.Type, parameter.BooleanWords)});");
        }

        if (!parameter.Required)
        {
            writer.CloseBlock();
            writer.Line();
        }
    }

    private static string AddMethod(ParameterModel parameter) => parameter.Location == ParameterLocationKind.Query ? "AddQuery" : "AddForm";

    /// <summary>A value as the text a query or form carries.</summary>
    private static string Text(string value, TypeModel type, bool booleanWords) => type.Kind switch
    {
        ValueKind.String => value,
        ValueKind.Enum => value + ".ToString()",
        ValueKind.Boolean => $"{RuntimeContract.WireText}.Of({value}, words: {(booleanWords ? "true" : "false")})",
        ValueKind.DateTime => $"{RuntimeContract.WireText}.Of({value}, {SourceWriter.Literal(type.Format!)})",
        ValueKind.UnixTime => $"{RuntimeContract.WireText}.OfUnixSeconds({value})",
        _ => $"{RuntimeContract.WireText}.Of({value})",
    };

    /// <summary>A list's values as texts.</summary>
    private static string Texts(string values, TypeModel element, bool booleanWords, string item) => element.Kind switch
    {
        ValueKind.String => values,
        _ => $"global::System.Linq.Enumerable.Select({values}, {item} => {Text(item, element, booleanWords)})",
    };

    private static void EmitResponseReader(SourceWriter writer, string ns, ResponseModel response, Conventions conventions)
    {
        writer.OpenBlock($"private static {CSharp.Type(response.Type, ns)} {response.ReadMethod}(ref {CSharp.Reader} reader)");
        if (response.PropertyField is not null)
        {
            writer.Line($"{RuntimeContract.JsonValues}.MoveToProperty(ref reader, {response.PropertyField});");
        }

        JsonReadEmitter.Write(writer, ns, response.Type, nullable: false, conventions, ReaderLocals.Pick(new LocalNames("reader")), value => $"return {value};");
        writer.CloseBlock();
    }

    /// <summary>The path as a C# expression: literal pieces joined with the escaped parameter values.</summary>
    private static string PathExpression(OverloadModel overload) => string.Join(" + ", overload.Path.Select(segment =>
    {
        if (!segment.IsParameter)
        {
            return SourceWriter.Literal(segment.Text);
        }

        var parameter = overload.Parameters.First(p => p.Name == segment.Text);
        return $"global::System.Uri.EscapeDataString({PathText(CSharp.Id(parameter.Name), parameter)})";
    }));

    private static string PathText(string value, ParameterModel parameter) => Text(value, parameter.Type, parameter.BooleanWords);

    private static string HttpMethod(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        _ => $"new global::System.Net.Http.HttpMethod({SourceWriter.Literal(method)})",
    };

    private static string DefaultReturnsDocumentation(TypeModel type, string ns, Conventions conventions) => type.Kind switch
    {
        ValueKind.Array when type.Element!.Kind is ValueKind.Model or ValueKind.Enum =>
            $"The <see cref=\"{CSharp.Type(type.Element, ns)}\"/> items the {conventions.Service} answered with.",
        ValueKind.Array => $"The items the {conventions.Service} answered with.",
        ValueKind.Model or ValueKind.Enum => $"The <see cref=\"{CSharp.Type(type, ns)}\"/> the {conventions.Service} answered with.",
        _ => $"The value the {conventions.Service} answered with.",
    };

    private static string ParameterType(ParameterModel parameter, string ns) =>
        parameter.Type.Kind == ValueKind.Array
            ? $"global::System.Collections.Generic.IEnumerable<{CSharp.Type(parameter.Type.Element!, ns)}>"
            : CSharp.Type(parameter.Type, ns);

    internal static string NullableParameterType(ParameterModel parameter, string ns, CodeStyle style) =>
        parameter.Type.Kind == ValueKind.Array
            ? ParameterType(parameter, ns) + (style.NullableAnnotations ? "?" : string.Empty)
            : CSharp.NullableType(parameter.Type, ns, style);

    internal static string ParameterDocumentation(ParameterModel parameter, Conventions conventions)
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
            : $"{text} Optional; when null it is left out and the {conventions.Service} uses <c>{SourceWriter.XmlText(parameter.DefaultDescription)}</c>.";
    }
}
