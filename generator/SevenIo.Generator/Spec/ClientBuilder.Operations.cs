using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

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
        var className = group.ClassName ?? group.Name + "Client";
        var owner = "the client class of " + group.At.JsonPath;
        if (!ClaimType(className, group.ClassNameAt, owner))
        {
            LeftOut(group.At, group.Name, "its class has a name of its own (set 'className')");
            return false;
        }

        if (!clientScope.TryClaim(group.Name, "the property of " + group.At.JsonPath))
        {
            _diagnostics.Report(DiagnosticDescriptors.DuplicateName, group.At, group.Name, clientScope.Owner(group.Name)! + "; rename the group");
            LeftOut(group.At, group.Name, "it has a name of its own");
            return false;
        }

        return true;
    }

    private BuiltGroup BuildGroup(GroupDeclaration declaration)
    {
        var className = declaration.ClassName ?? declaration.Name + "Client";
        var members = ClassScope(className, $"the class '{className}' itself");
        var claimed = declaration.Operations.Where(op => ClaimOperation(op, members)).ToList();

        // Private names last: the operations' methods keep the names the spec gives them.
        var pipeline = members.Private("_pipeline");
        var operations = new List<(OperationDeclaration, OperationModel)>();
        foreach (var op in claimed)
        {
            var response = ResponseNames(op, members);
            var built = Guarded(op.At, op.Name, () => BuildOperation(declaration, op, pipeline, response));
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
        if (members.TryClaim(method, "the method of " + op.At.JsonPath))
        {
            return true;
        }

        _diagnostics.Report(DiagnosticDescriptors.DuplicateName, op.At, method, members.Owner(method)! + "; rename the operation");
        LeftOut(op.At, op.Name, "it has a name of its own");
        return false;
    }

    /// <summary>The group class's private members for one operation's response.</summary>
    private static (string? PropertyField, string ReaderField, string ReadMethod) ResponseNames(OperationDeclaration op, NameScope members) => (
        op.Response.Property is null ? null : members.Private(op.Name + "ResponseProperty"),
        members.Private(op.Name + "ResponseReader"),
        members.Private("Read" + op.Name + "Response"));

    private OperationModel? BuildOperation(GroupDeclaration group, OperationDeclaration op, string pipelineField, (string? PropertyField, string ReaderField, string ReadMethod) response)
    {
        var responseType = Resolve(op.Response.Type);
        var overloads = new List<OverloadModel>();
        foreach (var set in op.ParameterSets)
        {
            if (BuildOverload(op, set, pipelineField, response.ReaderField) is { } overload)
            {
                overloads.Add(overload);
            }
        }

        if (responseType is null || overloads.Count != op.ParameterSets.Count)
        {
            return null;
        }

        ReportSameSignatures(op, overloads);
        var locals = new NameScope();
        locals.Reserve("reader", "the reader parameter");
        var responseModel = new ResponseModel(
            responseType,
            op.Response.Property,
            op.Response.Description,
            response.PropertyField,
            response.ReaderField,
            response.ReadMethod,
            new ReaderLocals(locals.Private("result"), locals.Private("items"), locals.Private("cursor")));
        return new OperationModel(
            group.Name + "." + op.Name,
            op.HttpMethod,
            op.PathTemplate,
            op.ParameterLocation,
            op.Description,
            overloads.ToEquatableArray(),
            responseModel);
    }

    private OverloadModel? BuildOverload(OperationDeclaration op, ParameterSetDeclaration set, string pipelineField, string readerField)
    {
        var scope = new NameScope();
        scope.Reserve("cancellationToken", "the CancellationToken parameter every operation has");
        scope.Reserve("nameof", "C#'s nameof, which a parameter of that name would hide");
        scope.Reserve(pipelineField, "a field the method uses");
        scope.Reserve(readerField, "a field the method uses");
        var wireNames = new NameScope();
        var parameters = new List<ParameterModel>();
        var ok = true;
        foreach (var parameter in set.Parameters)
        {
            var name = ClaimWireAndMember(wireNames, scope, parameter.Name, Names.ToCamelCase, "the parameter at ");
            var type = Resolve(parameter.Type);
            if (name is null || type is null)
            {
                ok = false;
                continue;
            }

            if (type.Kind == ValueKind.Model || type.Element?.Kind == ValueKind.Model)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, parameter.Type.At, "a parameter cannot be a model; list its members as parameters");
                ok = false;
                continue;
            }

            string? defaultText = null;
            if (parameter.Default is { } defaultValue && (defaultText = DefaultText(defaultValue, type)) is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidDefault, defaultValue.At, DescribeDefault(defaultValue), parameter.Type.Text);
                ok = false;
                continue;
            }

            var isHttpUri = type.Kind == ValueKind.String && parameter.Type.Format == BuiltInTypes.HttpUriFormat;
            parameters.Add(new ParameterModel(name, parameter.Name.Wire, type, parameter.Required, parameter.InPath, Check(type, parameter.Required, isHttpUri), defaultText, parameter.Description));
        }

        if (!ok)
        {
            return null;
        }

        // C# needs the required parameters first; each kind keeps the spec's order.
        var signature = parameters.Where(p => p.Required).Concat(parameters.Where(p => !p.Required)).ToEquatableArray();
        var path = op.Path.Select(segment => segment.IsParameter ? segment with { Text = parameters.First(p => p.WireName == segment.Text).Name } : segment).ToEquatableArray();
        return new OverloadModel(
            op.Name + "Async",
            Sentences(op.Description, set.Description),
            parameters.ToEquatableArray(),
            signature,
            path,
            "cancellationToken",
            scope.Private("request"),
            scope.Private("item"));
    }

    private static ArgumentCheck Check(TypeModel type, bool required, bool isHttpUri)
    {
        if (isHttpUri)
        {
            return required ? ArgumentCheck.HttpUri : ArgumentCheck.HttpUriOrNull;
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
        ValueKind.Boolean => BuiltInTypes.Boolean,
        ValueKind.DateTime => BuiltInTypes.DateTime,
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
                var declared = _documents.SelectMany(d => d.Enums).FirstOrDefault(e => e.Name == type.Name);
                return value.Kind == JsonKind.String && (declared is null || declared.Values.Any(v => v.Name.Wire == value.Text)) ? value.Text : null;
            case ValueKind.Int32:
                return value.Kind == JsonKind.Number && int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? value.Text : null;
            case ValueKind.Int64:
                return value.Kind == JsonKind.Number && long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? value.Text : null;
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
