using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Model;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>Paged lists: the offset and limit parameters, a page's entries and what says more follow, all checked against the operation and its response.</summary>
internal sealed partial class ClientBuilder
{
    /// <summary>The method that walks every page: <c>paging.csharpName</c>, or the operation's name with <c>All</c>.</summary>
    private static string PagedMethodName(OperationDeclaration op) => (op.Paging!.CSharpName ?? op.Name + "All") + "Async";

    private PagingModel? BuildPaging(OperationDeclaration op, PagingDeclaration paging, List<OverloadModel> overloads, TypeModel response)
    {
        var ok = overloads.All(overload => PagingParameter(overload, paging.Offset, "offset") is not null)
            & overloads.All(overload => PagingParameter(overload, paging.Limit, "limit") is not null);
        var limitDefault = overloads.Count == 0 ? null : PagingParameter(overloads[0], paging.Limit, null)?.DefaultDescription;
        int pageSize = 0;
        if (ok && !(int.TryParse(limitDefault, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) && pageSize > 0))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, paging.Limit.At, $"give the parameter '{paging.Limit.Name}' a positive 'default': the page size the {_declaration.Conventions.Service} uses when no limit is asked, which tells a short page, the last");
            ok = false;
        }

        var items = PageItems(paging, response);
        var hasMore = HasMorePath(paging, response);
        if (!ok || items is null || hasMore is null)
        {
            return null;
        }

        return new PagingModel(PagedMethodName(op), items.Value.ItemType, items.Value.Steps, hasMore.Value, paging.Offset.Name, paging.Limit.Name, pageSize);
    }

    /// <summary>The optional int32 parameter the paging names; reports and returns null when the overload has none such (<paramref name="role"/> null: only looks).</summary>
    private ParameterModel? PagingParameter(OverloadModel overload, WireReference reference, string? role)
    {
        var parameter = overload.Parameters.FirstOrDefault(p => p.WireName == reference.Name);
        if (parameter is { Required: false, Value: null, Type.Kind: ValueKind.Int32, Location: ParameterLocationKind.Query or ParameterLocationKind.Form })
        {
            return parameter;
        }

        if (role is not null)
        {
            var problem = parameter is null ? "the operation has no parameter of that name" : "it is not an optional int32 in the query or form";
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, reference.At, $"the paging {role} '{reference.Name}' must be an optional int32 parameter of every parameter set: {problem}");
        }

        return null;
    }

    /// <summary>Where a page's entries are: the response itself when it is a list, else the list member <c>items</c> names.</summary>
    private (TypeModel ItemType, EquatableArray<MemberStep> Steps)? PageItems(PagingDeclaration paging, TypeModel response)
    {
        if (response.Kind == ValueKind.Array)
        {
            if (paging.Items is { } extra)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, extra.At, "the response is the list itself; leave 'items' out");
                return null;
            }

            return (response.Element!, EquatableArray<MemberStep>.Empty);
        }

        if (paging.Items is not { } items)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, paging.At, "a paged operation answers a list, or a model whose member 'items' names holds the page's entries");
            return null;
        }

        if (response.Kind == ValueKind.Model && _resolver.IsUnion(response.Name!))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, items.At, "a oneOf model cannot hold a page's entries; answer a model with a list member");
            return null;
        }

        if (IsUnbuiltModel(response))
        {
            return null;
        }

        if (Member(response, items.Name) is not { } property)
        {
            return ReportMissingMember(items, response);
        }

        if (property.Type.Kind != ValueKind.Array)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, items.At, $"'{items.Name}' must be a list of the page's entries");
            return null;
        }

        return (property.Type.Element!, new[] { new MemberStep(property.Name, property.Nullable) }.ToEquatableArray());
    }

    /// <summary>The members from the response to the boolean that says more follow; empty when the spec names none.</summary>
    private EquatableArray<MemberStep>? HasMorePath(PagingDeclaration paging, TypeModel response)
    {
        var steps = new List<MemberStep>();
        var type = response;
        foreach (var wireName in paging.HasMore)
        {
            if (IsUnbuiltModel(type))
            {
                return null;
            }

            if (Member(type, wireName) is not { } property)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, paging.HasMoreAt, $"'{string.Join(".", paging.HasMore)}' does not lead to a member: {(type.Kind == ValueKind.Model ? $"'{type.Name}' has no member '{wireName}'" : $"'{wireName}' is below a value that is no model")}");
                return null;
            }

            steps.Add(new MemberStep(property.Name, property.Nullable));
            type = property.Type;
        }

        if (steps.Count > 0 && type.Kind != ValueKind.Boolean)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, paging.HasMoreAt, $"'{string.Join(".", paging.HasMore)}' must lead to a bool");
            return null;
        }

        return steps.ToEquatableArray();
    }

    /// <summary>A built model's property by wire name; null when the type is no model that was built, or has no such member.</summary>
    private PropertyModel? Member(TypeModel type, string wireName) =>
        type.Kind == ValueKind.Model && _builtModels.TryGetValue(type.Name!, out var model)
            ? model.Properties.FirstOrDefault(p => p.WireName == wireName)
            : null;

    /// <summary>A model with errors of its own, already reported; what pages through it is left out with it.</summary>
    private bool IsUnbuiltModel(TypeModel type) => type.Kind == ValueKind.Model && !_builtModels.ContainsKey(type.Name!);

    private (TypeModel, EquatableArray<MemberStep>)? ReportMissingMember(WireReference items, TypeModel response)
    {
        _diagnostics.Report(DiagnosticDescriptors.InvalidValue, items.At, response.Kind == ValueKind.Model ? $"'{response.Name}' has no member '{items.Name}'" : "the response is neither a list nor a model");
        return null;
    }
}
