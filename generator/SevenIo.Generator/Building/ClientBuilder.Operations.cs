using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>Groups and operations: method and parameter names, C# parameter order, checks and the response reader.</summary>
internal sealed partial class ClientBuilder
{
    /// <summary>A group as built, with each operation's declaration kept for reporting what is left out.</summary>
    private sealed class BuiltGroup
    {
        public BuiltGroup(GroupDeclaration declaration, GroupModel model, List<(OperationDeclaration Declaration, OperationModel Model)> operations)
        {
            Declaration = declaration;
            Model = model;
            Operations = operations;
        }

        public GroupDeclaration Declaration { get; }

        public GroupModel Model { get; set; }

        public List<(OperationDeclaration Declaration, OperationModel Model)> Operations { get; }
    }

    /// <summary>Claims the group's class in the namespace and its property in the client class.</summary>
    private bool ClaimGroup(GroupDeclaration group, NameScope clientScope)
    {
        var className = GroupClassName(group);
        var owner = "the client class of " + group.At.JsonPath;
        if (!ClaimType(className, group.ClassNameAt, owner))
        {
            LeftOut(group.At, group.Name, "its class has a name of its own (set 'className')");
            return false;
        }

        if (!clientScope.TryClaim(group.Name, NameOwner.At("the property of ", group.At)))
        {
            _diagnostics.Report(DiagnosticDescriptors.DuplicateName, group.At, group.Name, clientScope.Owner(group.Name)! + "; rename the group");
            LeftOut(group.At, group.Name, "it has a name of its own");
            return false;
        }

        return true;
    }

    private BuiltGroup BuildGroup(GroupDeclaration declaration)
    {
        var className = GroupClassName(declaration);
        var members = ClassScope(className, $"the class '{className}' itself");
        var claimed = declaration.Operations.Where(op => ClaimOperation(op, members)).ToList().Where(op => ClaimPagedMethod(op, members)).ToList();

        // Private names last: the operations' methods keep the names the spec gives them.
        var pipeline = members.Private("_pipeline");
        var operations = new List<(OperationDeclaration, OperationModel)>();
        foreach (var op in claimed)
        {
            var names = ResponseNames(op, members);
            var built = Guarded(op.At, op.Name, () => BuildOperation(declaration, op, pipeline, names));
            if (built is not null)
            {
                operations.Add((op, built));
            }
        }

        var model = new GroupModel(declaration.Name, className, declaration.Description, operations.Select(o => o.Item2).ToEquatableArray(), pipeline);
        return new BuiltGroup(declaration, model, operations);
    }

    private bool ClaimOperation(OperationDeclaration op, NameScope members)
    {
        var method = op.Name + "Async";
        if (members.TryClaim(method, NameOwner.At("the method of ", op.At)))
        {
            return true;
        }

        _diagnostics.Report(DiagnosticDescriptors.DuplicateName, op.At, method, members.Owner(method)! + "; rename the operation");
        LeftOut(op.At, op.Name, "it has a name of its own");
        return false;
    }

    /// <summary>Claims the method that walks every page, once every operation has its own method: a paged method's name yields to them.</summary>
    private bool ClaimPagedMethod(OperationDeclaration op, NameScope members)
    {
        if (op.Paging is not { } paging || members.TryClaim(PagedMethodName(op), NameOwner.At("the paged method of ", op.At)))
        {
            return true;
        }

        _diagnostics.Report(DiagnosticDescriptors.DuplicateName, paging.NameAt, PagedMethodName(op), members.Owner(PagedMethodName(op))! + "; set 'paging.csharpName'");
        LeftOut(op.At, op.Name, "its paged method has a name of its own");
        return false;
    }

    /// <summary>The group class's private members for one operation: its response's reader and its failure rules.</summary>
    private static OperationNames ResponseNames(OperationDeclaration op, NameScope members) => new(
        op.Response!.Property is null || op.Response.IsText ? null : members.Private(op.Name + "ResponseProperty"),
        op.Response.IsText ? string.Empty : members.Private(op.Name + "ResponseReader"),
        op.Response.IsText ? string.Empty : members.Private("Read" + op.Name + "Response"),
        op.Failure is null ? null : members.Private(op.Name + "Failure"));

    private OperationModel? BuildOperation(GroupDeclaration group, OperationDeclaration op, string pipelineField, OperationNames names)
    {
        var response = op.Response!;
        var responseType = Resolve(response.Type);
        var overloads = new List<OverloadModel>();
        foreach (var set in op.ParameterSets)
        {
            if (BuildOverload(group, op, set, pipelineField, names) is { } overload)
            {
                overloads.Add(overload);
            }
        }

        if (responseType is null || overloads.Count != op.ParameterSets.Count)
        {
            return null;
        }

        ReportSameSignatures(op, overloads);
        var paging = op.Paging is null ? null : BuildPaging(op, op.Paging, overloads, responseType);
        if (op.Paging is not null && paging is null)
        {
            return null;
        }

        var responseModel = new ResponseModel(
            responseType,
            response.Property,
            response.Description,
            names.PropertyField,
            names.ReaderField,
            names.ReadMethod,
            response.IsText);
        return new OperationModel(
            group.Name + "." + op.Name,
            op.HttpMethod!,
            op.PathTemplate!,
            op.Description,
            overloads.ToEquatableArray(),
            responseModel,
            op.Failure is { } own ? Combine(_declaration.Failure, own) : null,
            names.FailureField,
            paging);
    }

    /// <summary>An operation's failure rules over the client's: what it gives replaces the client's.</summary>
    private static FailureModel Combine(FailureModel client, FailureModel own) => new(
        own.SuccessIsResult ? string.Empty : own.SuccessMember.Length > 0 ? own.SuccessMember : client.SuccessMember,
        own.CodeMembers.Count > 0 ? own.CodeMembers : client.CodeMembers,
        own.MessageMembers.Count > 0 ? own.MessageMembers : client.MessageMembers,
        own.CodeBody ?? client.CodeBody,
        own.SuccessIsResult ? EquatableArray<string>.Empty : own.SuccessCodes.Count > 0 ? own.SuccessCodes : client.SuccessCodes,
        own.SuccessIsResult);

    /// <summary>The group class's private names for one operation.</summary>
    private sealed record OperationNames(string? PropertyField, string ReaderField, string ReadMethod, string? FailureField);

    private OverloadModel? BuildOverload(GroupDeclaration group, OperationDeclaration op, ParameterSetDeclaration set, string pipelineField, OperationNames names)
    {
        var scope = new NameScope();
        scope.Reserve("cancellationToken", "the CancellationToken parameter every operation has");
        scope.Reserve("nameof", "C#'s nameof, which a parameter of that name would hide");
        scope.Reserve(pipelineField, "a field the method uses");
        foreach (var field in new[] { names.ReaderField, names.FailureField })
        {
            if (!string.IsNullOrEmpty(field))
            {
                scope.Reserve(field!, "a field the method uses");
            }
        }

        var wireNames = new NameScope();
        var parameters = new List<ParameterModel>();
        var ok = true;
        foreach (var parameter in set.Parameters)
        {
            var built = BuildParameter(op, parameter, wireNames, scope);
            ok &= built is not null;
            if (built is not null)
            {
                parameters.Add(built);
            }
        }

        if (ok && parameters.Any(p => p.Location == ParameterLocationKind.Form) && parameters.Any(p => p.Location == ParameterLocationKind.Json))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, set.At, "a request has a form body or a JSON body, not both; give the parameters one location");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        // C# needs the required parameters first; each kind keeps the spec's order. Fixed values are no C# parameters.
        var arguments = parameters.Where(p => p.Value is null).ToList();
        var signature = arguments.Where(p => p.Required).Concat(arguments.Where(p => !p.Required)).ToEquatableArray();
        var path = op.Path.Select(segment => segment.IsParameter ? segment with { Text = parameters.First(p => p.WireName == segment.Text).Name } : segment).ToEquatableArray();
        var optional = signature.Where(p => !p.Required).ToList();
        OperationOptionsModel? options = null;
        if (optional.Count > MaxOptionalArguments && op.ParameterSets.Count == 1)
        {
            options = BuildOptions(group, op, optional, scope);
            signature = signature.Where(p => p.Required).ToEquatableArray();
        }

        return new OverloadModel(
            op.Name + "Async",
            Sentences(op.Description, set.Description),
            parameters.ToEquatableArray(),
            signature,
            path,
            "cancellationToken",
            options);
    }

    /// <summary>More optional parameters than this become an options class: positional arguments of one type in a row are a trap, and every new one would break overrides and mocks.</summary>
    private const int MaxOptionalArguments = 6;

    /// <summary>The options class of an operation: named after group and operation, yielding to every type the spec names; one property per optional parameter.</summary>
    private OperationOptionsModel BuildOptions(GroupDeclaration group, OperationDeclaration op, List<ParameterModel> optional, NameScope parameters)
    {
        var className = _types.Private(group.Name + op.Name + "Options");
        _origins.Add(new TypeOrigin(Namespace + "." + className, op.At.Location));
        var members = ClassScope(className, $"the options class '{className}' itself");
        var properties = optional.Select(p => new OptionModel(members.Claim(Names.ToPascalCase(p.Name), DerivedSuffix, "an option"), p)).ToEquatableArray();
        return new OperationOptionsModel(className, GroupClassName(group), op.Name + "Async", parameters.Private("options"), properties);
    }

    private static string GroupClassName(GroupDeclaration group) => group.ClassName ?? group.Name + "Client";

    private ParameterModel? BuildParameter(OperationDeclaration op, ParameterDeclaration parameter, NameScope wireNames, NameScope scope)
    {
        var type = Resolve(parameter.Type);
        if (type is null)
        {
            return null;
        }

        var location = parameter.Location ?? op.ParameterLocation ?? (op.HttpMethod == "GET" ? ParameterLocationKind.Query : ParameterLocationKind.Form);
        var element = type.Element ?? type;
        string? problem = null;
        if (element.Kind == ValueKind.Model && location != ParameterLocationKind.Json)
        {
            problem = "a model can be a parameter only in a JSON body (parameterLocation or in: json); in a query or form, list its members as parameters";
        }
        else if (SendsUnion(type))
        {
            problem = "a oneOf model (or a model that holds one) can only be read, not sent";
        }
        else if (location == ParameterLocationKind.Path && type.Kind is ValueKind.Json or ValueKind.Model)
        {
            problem = "a path parameter must be a single value";
        }
        else if (type.Kind == ValueKind.Json && location != ParameterLocationKind.Json)
        {
            problem = "a json value can be a parameter only in a JSON body";
        }
        else if (parameter.Style is not null && (type.Kind != ValueKind.Array || location is not (ParameterLocationKind.Query or ParameterLocationKind.Form)))
        {
            problem = "'style' says how a list goes into a query or form; this parameter is no such list";
        }
        else if (parameter.Value is { } value && !FitsValue(value, type))
        {
            problem = $"the fixed value '{value}' does not fit the type '{parameter.Type.Text}'";
        }

        if (problem is not null)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, parameter.Type.At, problem);
            return null;
        }

        string name;
        if (parameter.Value is null)
        {
            if (ClaimWireAndMember(wireNames, scope, parameter.Name, Names.ToCamelCase, "the parameter at ") is not { } claimed)
            {
                return null;
            }

            name = claimed;
        }
        else if (!wireNames.TryClaim(parameter.Name.Wire, NameOwner.Item("the parameter at ", parameter.Name)))
        {
            _diagnostics.Report(DiagnosticDescriptors.DuplicateName, parameter.Name.WireAt, parameter.Name.Wire, wireNames.Owner(parameter.Name.Wire)!);
            return null;
        }
        else
        {
            name = parameter.Name.Wire;
        }

        string? defaultText = null;
        if (parameter.Default is { } defaultValue && (defaultText = DefaultText(defaultValue, type)) is null)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidDefault, defaultValue.At, DescribeDefault(defaultValue), parameter.Type.Text);
            return null;
        }

        var isHttpUri = type.Kind == ValueKind.String && parameter.Type.Format == BuiltInTypes.HttpUriFormat;
        var required = parameter.Required && parameter.Value is null;
        return new ParameterModel(
            name,
            parameter.Name.Wire,
            type,
            required,
            location,
            parameter.Style ?? ArrayStyleKind.Repeat,
            element.Kind == ValueKind.Boolean && parameter.Type.Format == BuiltInTypes.BooleanWordsFormat,
            parameter.Value,
            parameter.Value is null ? Check(type, required, isHttpUri, SendsFieldPerItem(type, location, parameter.Style ?? ArrayStyleKind.Repeat)) : ArgumentCheck.None,
            defaultText,
            parameter.Description);
    }

    /// <summary>Whether a fixed value's text can be sent as a value of the type.</summary>
    private static bool FitsValue(string value, TypeModel type) => type.Kind switch
    {
        ValueKind.String or ValueKind.Enum or ValueKind.DateTime => true,
        ValueKind.Int32 => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        ValueKind.Int64 or ValueKind.UnixTime => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        ValueKind.Decimal or ValueKind.Double => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        ValueKind.Boolean => value is "true" or "false",
        _ => false,
    };

    /// <summary>A list in a query or form whose style writes one field per item: an empty one writes nothing at all.</summary>
    private static bool SendsFieldPerItem(TypeModel type, ParameterLocationKind location, ArrayStyleKind style) =>
        type.Kind == ValueKind.Array && location is ParameterLocationKind.Query or ParameterLocationKind.Form && style != ArrayStyleKind.Comma;

    private static ArgumentCheck Check(TypeModel type, bool required, bool isHttpUri, bool fieldPerItem)
    {
        if (isHttpUri)
        {
            return required ? ArgumentCheck.HttpUri : ArgumentCheck.HttpUriOrNull;
        }

        if (fieldPerItem)
        {
            return required ? ArgumentCheck.NotNullOrEmptyList : ArgumentCheck.NotEmptyList;
        }

        if (!required)
        {
            return ArgumentCheck.None;
        }

        return type.Kind switch
        {
            ValueKind.String => ArgumentCheck.NotNullOrEmpty,
            ValueKind.Enum => ArgumentCheck.NotDefault,
            ValueKind.Array or ValueKind.Model => ArgumentCheck.NotNull,
            _ => ArgumentCheck.None,
        };
    }

    /// <summary>Two parameter sets whose C# overloads would have the same parameter types.</summary>
    private void ReportSameSignatures(OperationDeclaration op, List<OverloadModel> overloads)
    {
        for (var i = 1; i < overloads.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (Signature(overloads[i]).SequenceEqual(Signature(overloads[j])))
                {
                    var at = op.ParameterSets[i].At;
                    _diagnostics.Report(
                        DiagnosticDescriptors.DuplicateName,
                        at,
                        "(" + string.Join(", ", Signature(overloads[i])) + ")",
                        $"parameterSets[{j}], which has the same parameter types, so the two C# overloads would clash");
                }
            }
        }
    }

    private static IEnumerable<string> Signature(OverloadModel overload) =>
        overload.Signature.Select(p => Describe(p.Type) + (p.Required ? string.Empty : "?"));

    private static string Describe(TypeModel type) => type.Kind switch
    {
        ValueKind.String => BuiltInTypes.String,
        ValueKind.Int32 => BuiltInTypes.Int32,
        ValueKind.Int64 => BuiltInTypes.Int64,
        ValueKind.Decimal => BuiltInTypes.Decimal,
        ValueKind.Double => BuiltInTypes.Double,
        ValueKind.Json => BuiltInTypes.Json,
        ValueKind.Boolean => BuiltInTypes.Boolean,
        ValueKind.DateTime => BuiltInTypes.DateTime,
        ValueKind.UnixTime => BuiltInTypes.DateTime + " (unix)",
        ValueKind.Array => Describe(type.Element!) + "[]",
        _ => type.Name!,
    };

    /// <summary>The default as documentation text when it fits the type; null when it does not.</summary>
    private string? DefaultText(DefaultValue value, TypeModel type)
    {
        switch (type.Kind)
        {
            case ValueKind.String:
            case ValueKind.DateTime:
                return value.Kind == JsonKind.String ? value.Text : null;
            case ValueKind.Enum:
                return value.Kind == JsonKind.String && _resolver.HasValue(type.Name!, value.Text) ? value.Text : null;
            case ValueKind.Int32:
                return value.Kind == JsonKind.Number && int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? value.Text : null;
            case ValueKind.Int64:
            case ValueKind.UnixTime:
                return value.Kind == JsonKind.Number && long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? value.Text : null;
            case ValueKind.Decimal:
            case ValueKind.Double:
                return value.Kind == JsonKind.Number ? value.Text : null;
            case ValueKind.Boolean:
                return value.Kind switch { JsonKind.True => "true", JsonKind.False => "false", _ => null };
            default:
                return null;
        }
    }

    private static string DescribeDefault(DefaultValue value) => value.Kind switch
    {
        JsonKind.String => $"\"{value.Text}\"",
        JsonKind.Number => value.Text,
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>Descriptions joined as sentences: each ends with a full stop, one space between them.</summary>
    private static string? Sentences(params string?[] parts)
    {
        var sentences = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).Select(p => p.EndsWith(".", System.StringComparison.Ordinal) || p.EndsWith("!", System.StringComparison.Ordinal) || p.EndsWith("?", System.StringComparison.Ordinal) ? p : p + ".").ToList();
        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }
}
