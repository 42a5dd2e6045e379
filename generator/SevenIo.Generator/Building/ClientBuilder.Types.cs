using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Model;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>Enums and models: their members' names, their types, and the names inside their JSON classes.</summary>
internal sealed partial class ClientBuilder
{
    private EnumModel? BuildEnum(EnumDeclaration declaration) => Guarded(declaration.At, declaration.Name, () =>
    {
        if (NameScope.EnumMembers.Contains(declaration.Name))
        {
            _diagnostics.Report(DiagnosticDescriptors.DuplicateName, declaration.At, declaration.Name, $"the method {declaration.Name} that every enum struct declares");
            return null;
        }

        var members = ClassScope(declaration.Name, $"the enum '{declaration.Name}' itself");
        members.Reserve(EnumModel.ConverterClass, "the nested JSON converter every enum struct declares");
        var wireValues = new NameScope();
        var built = new List<(EnumValueDeclaration Value, string Name)>();
        foreach (var value in declaration.Values)
        {
            if (ClaimWireAndMember(wireValues, members, value.Name, Names.ToPascalCase, "the enum value at ") is { } name)
            {
                built.Add((value, name));
            }
        }

        // Private names last: they yield to every member.
        var result = new List<EnumMemberModel>();
        foreach (var (value, name) in built)
        {
            result.Add(new EnumMemberModel(name, value.Name.Wire, members.Private(name + "Value"), value.Description));
        }

        return new EnumModel(declaration.Name, declaration.Description, result.ToEquatableArray(), members.Private("_value"));
    });

    private ObjectModel? BuildModel(ModelDeclaration declaration, string jsonClass) => Guarded(declaration.At, declaration.Name, () =>
    {
        var members = ClassScope(declaration.Name, $"the model '{declaration.Name}' itself");
        AdditionalPropertiesModel? additional = null;
        if (declaration.AdditionalProperties is { } additionalType)
        {
            members.Reserve(AdditionalPropertiesName, "the dictionary of the members the spec does not name");
            var valueType = Resolve(additionalType);
            if (valueType is null)
            {
                return null;
            }

            if (valueType.Kind == ValueKind.Array)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, additionalType.At, "the additional properties' values cannot be arrays; use json");
                return null;
            }

            additional = new AdditionalPropertiesModel(AdditionalPropertiesName, valueType);
        }

        var wireNames = new NameScope();
        var built = new List<(PropertyDeclaration Property, string Name, TypeModel Type)>();
        foreach (var property in declaration.Properties)
        {
            var name = ClaimWireAndMember(wireNames, members, property.Name, Names.ToPascalCase, "the property at ");
            var type = Resolve(property.Type);
            if (name is not null && type is not null)
            {
                built.Add((property, name, type));
            }
        }

        // The JSON class's fields; the read method's locals are the emitter's.
        var jsonScope = ClassScope(jsonClass, "the JSON class itself");
        jsonScope.Reserve(JsonClassModel.ReadMethod, "the read method");
        var properties = new List<PropertyModel>();
        foreach (var (property, name, type) in built)
        {
            properties.Add(new PropertyModel(
                name,
                property.Name.Wire,
                type,
                property.Nullable,
                property.Description,
                jsonScope.Private(name + "JsonName")));
        }

        string? fromString = null;
        if (declaration.FromString is { } fromStringReference)
        {
            var target = properties.FirstOrDefault(p => p.WireName == fromStringReference.Name);
            if (target is null || target.Type.Kind != ValueKind.String)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, fromStringReference.At, $"'{fromStringReference.Name}' is not a string property of the model; fromString names the property a bare JSON string fills");
                return null;
            }

            fromString = target.Name;
        }

        if (declaration.PartialSuccess is { } partial)
        {
            // After the spec's properties, which keep their names; the entries are checked once every model is built.
            _partialSuccesses[declaration.Name] = (
                partial,
                declaration.At,
                members.Claim("Refused", DerivedSuffix, "the refused entries"),
                members.Claim("AllAccepted", DerivedSuffix, "whether every entry was accepted"),
                members.Claim("EnsureAllAccepted", DerivedSuffix, "the method that throws when an entry was refused"));
        }

        var json = new JsonClassModel(jsonClass, Writes: false);
        return new ObjectModel(declaration.Name, declaration.Description, properties.ToEquatableArray(), additional, fromString, json);
    });

    /// <summary>
    /// Claims a wire name (a second use is an error at it) and then the C# name that goes with it.
    /// </summary>
    private string? ClaimWireAndMember(NameScope wireNames, NameScope members, NameDeclaration name, System.Func<string, string> derive, string ownerPrefix)
    {
        var owner = NameOwner.Item(ownerPrefix, name);
        if (!wireNames.TryClaim(name.Wire, owner))
        {
            _diagnostics.Report(DiagnosticDescriptors.DuplicateName, name.WireAt, name.Wire, wireNames.Owner(name.Wire)!);
            return null;
        }

        return ClaimMember(members, name.CSharpName, name.Wire, derive, name.NameAt, owner);
    }

    /// <summary>The property that keeps the members a model's spec does not name.</summary>
    private const string AdditionalPropertiesName = "AdditionalProperties";

    private TypeModel? Resolve(TypeReference reference) => _resolver.Resolve(reference, _diagnostics);
}
