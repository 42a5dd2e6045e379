using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Model;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>Models whose list holds entries that each succeed or fail: the list, the entry's success and code, checked once every model is built.</summary>
internal sealed partial class ClientBuilder
{
    /// <summary>Each model that declares a partial success, by name: the declaration, where the model is, and the names its members got when it was built.</summary>
    private readonly Dictionary<string, (PartialSuccessDeclaration Declaration, Declared ModelAt, string Refused, string AllAccepted, string Ensure)> _partialSuccesses = new(System.StringComparer.Ordinal);

    /// <summary>The built models, each with its partial success where the spec declares one; a model whose declaration does not fit is left out.</summary>
    private List<ObjectModel> AddPartialSuccess(List<ObjectModel> models)
    {
        var result = new List<ObjectModel>(models.Count);
        foreach (var model in models)
        {
            if (!_partialSuccesses.TryGetValue(model.Name, out var partial))
            {
                result.Add(model);
                continue;
            }

            var errors = _diagnostics.ErrorCount;
            var built = BuildPartialSuccess(model, partial.Declaration, (partial.Refused, partial.AllAccepted, partial.Ensure));
            if (built is null)
            {
                if (_diagnostics.ErrorCount > errors)
                {
                    LeftOut(partial.ModelAt, model.Name, "the errors in it are fixed");
                }

                _builtModels.Remove(model.Name);
                continue;
            }

            var withPartial = model with { PartialSuccess = built };
            _builtModels[model.Name] = withPartial;
            result.Add(withPartial);
        }

        return result;
    }

    private PartialSuccessModel? BuildPartialSuccess(ObjectModel model, PartialSuccessDeclaration partial, (string Refused, string AllAccepted, string Ensure) names)
    {
        var items = model.Properties.FirstOrDefault(p => p.WireName == partial.Items.Name);
        if (items is null || items.Type.Kind != ValueKind.Array || items.Type.Element!.Kind != ValueKind.Model)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, partial.Items.At, $"'{partial.Items.Name}' must be a property of '{model.Name}' that holds a list of models");
            return null;
        }

        if (!_builtModels.TryGetValue(items.Type.Element.Name!, out var item))
        {
            // The entry's model has errors of its own, already reported; this model is left out with it.
            return null;
        }

        var success = item.Properties.FirstOrDefault(p => p.WireName == partial.Success.Name);
        if (success is null || success.Type.Kind != ValueKind.Boolean)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, partial.Success.At, $"'{partial.Success.Name}' must be a bool property of '{item.Name}', the model of an entry");
            return null;
        }

        PropertyModel? code = null;
        if (partial.Code is { } codeReference)
        {
            code = item.Properties.FirstOrDefault(p => p.WireName == codeReference.Name);
            if (code is null || code.Type.Kind is not (ValueKind.String or ValueKind.Enum))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, codeReference.At, $"'{codeReference.Name}' must be a string or enum property of '{item.Name}', the model of an entry");
                return null;
            }
        }

        return new PartialSuccessModel(
            items.Name,
            items.Nullable,
            items.Type.Element,
            new MemberStep(success.Name, success.Nullable),
            code is null ? null : new MemberStep(code.Name, code.Nullable),
            code?.Type,
            names.Refused,
            names.AllAccepted,
            names.Ensure);
    }
}
