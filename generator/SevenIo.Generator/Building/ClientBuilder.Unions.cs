using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Model;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>
/// <c>oneOf</c> models: an abstract class that each case's model derives from. So a case is a model
/// with properties, and a model is a case of one <c>oneOf</c> model at most.
/// </summary>
internal sealed partial class ClientBuilder
{
    private readonly Dictionary<string, string> _caseOwners = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectModel> _builtModels = new(System.StringComparer.Ordinal);

    private UnionModel? BuildUnion(ModelDeclaration declaration, string jsonClass) => Guarded(declaration.At, declaration.Name, () =>
    {
        var jsonScope = ClassScope(jsonClass, "the JSON class itself");
        jsonScope.Reserve(JsonClassModel.ReadMethod, "the read method");
        var cases = new List<UnionCaseModel>();
        foreach (var unionCase in declaration.OneOf)
        {
            var type = Resolve(unionCase.Model);
            if (type is null)
            {
                return null;
            }

            if (type.Kind != ValueKind.Model || _resolver.IsUnion(type.Name!))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, unionCase.Model.At, $"'{unionCase.Model.Text}' is no model with properties; each case of a oneOf model is one");
                return null;
            }

            if (_caseOwners.TryGetValue(type.Name!, out var owner) && owner != declaration.Name)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, unionCase.Model.At, $"'{type.Name}' is already a case of '{owner}'; a model derives from the oneOf model it is a case of, so it can be a case of one only");
                return null;
            }

            _caseOwners[type.Name!] = declaration.Name;
            var field = unionCase.WhenMember is null ? null : jsonScope.Private(Names.ToPascalCase(unionCase.WhenMember) is { Length: > 0 } pascal && Identifiers.IsValidIdentifier(pascal) ? pascal + "JsonName" : "CaseJsonName");
            cases.Add(new UnionCaseModel(type.Name!, type.JsonClass!, unionCase.WhenMember, unionCase.WhenEquals, field));
        }

        return new UnionModel(declaration.Name, declaration.Description, cases.ToEquatableArray(), jsonClass);
    });

    /// <summary>Each case model derives from its <c>oneOf</c> model, once both are generated.</summary>
    private static void AssignBaseClasses(List<ObjectModel> models, List<UnionModel> unions)
    {
        var owners = unions.SelectMany(u => u.Cases.Select(c => (c.Model, Union: u.Name))).ToDictionary(c => c.Model, c => c.Union, System.StringComparer.Ordinal);
        for (var i = 0; i < models.Count; i++)
        {
            if (owners.TryGetValue(models[i].Name, out var union))
            {
                models[i] = models[i] with { BaseClass = union };
            }
        }
    }

    /// <summary>Whether sending a value of the type would need to write a <c>oneOf</c> model, which can only be read.</summary>
    private bool SendsUnion(TypeModel type) =>
        TypeGraph.Named(type) is { } name && TypeGraph.Reach(new[] { name }, _builtModels).Any(_resolver.IsUnion);
}
