using System.Collections.Generic;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>Reading enums and models.</summary>
internal sealed partial class SpecReader
{
    private EnumModel? ReadEnum(JsonProperty entry, string path)
    {
        var json = SpecObject.From(entry.Value, path, _diagnostics, "description", "values");
        var name = TypeName(entry, path);
        var valuesJson = json?.Array("values", required: true);
        if (json is null || name is null || valuesJson is null)
        {
            return null;
        }

        if (valuesJson.Items.Count == 0)
        {
            _diagnostics.Report(DiagnosticDescriptors.EmptyEnum, valuesJson.Span, json.MemberPath("values"), name);
            return null;
        }

        var wireValues = new NameRegistry(_diagnostics, "the enum value");
        var memberNames = new NameRegistry(_diagnostics, "the enum member");
        var members = new List<EnumMemberModel>();
        for (var i = 0; i < valuesJson.Items.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var itemPath = $"{path}.values[{i}]";
            var item = SpecObject.From(valuesJson.Items[i], itemPath, _diagnostics, "value", "csharpName", "description");
            var wire = item?.String("value", required: true);
            if (item is null || wire is null)
            {
                continue;
            }

            var memberName = CSharpName(item, "value", wire, Names.ToPascalCase);
            var wireIsNew = wireValues.Add(wire.Value, wire.Span, item, "value", itemPath);
            if (memberName is null || !wireIsNew || !memberNames.Add(memberName, NameSpan(item, wire), item, "csharpName", itemPath))
            {
                continue;
            }

            if (memberName == name)
            {
                _diagnostics.Report(DiagnosticDescriptors.DuplicateName, NameSpan(item, wire), item.MemberPath("csharpName"), memberName, $"the enum '{name}' itself (a member cannot share its type's name)");
                continue;
            }

            members.Add(new EnumMemberModel(memberName, wire.Value, Description(item)));
        }

        return new EnumModel(name, Description(json), members.ToEquatableArray());
    }

    private ObjectModel? ReadModel(JsonProperty entry, string path)
    {
        var json = SpecObject.From(entry.Value, path, _diagnostics, "description", "properties");
        var name = TypeName(entry, path);
        var propertiesJson = json?.Array("properties", required: true);
        if (json is null || name is null || propertiesJson is null)
        {
            return null;
        }

        var wireNames = new NameRegistry(_diagnostics, "the property");
        var memberNames = new NameRegistry(_diagnostics, "the property");
        var properties = new List<PropertyModel>();
        for (var i = 0; i < propertiesJson.Items.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var itemPath = $"{path}.properties[{i}]";
            var item = SpecObject.From(propertiesJson.Items[i], itemPath, _diagnostics, "name", "csharpName", "type", "format", "nullable", "acceptsString", "description");
            var wire = item?.String("name", required: true);
            if (item is null || wire is null)
            {
                continue;
            }

            var propertyName = CSharpName(item, "name", wire, Names.ToPascalCase);
            var type = _types.Resolve(item);
            var nullable = item.Boolean("nullable");
            var acceptsString = item.Boolean("acceptsString");
            var wireIsNew = wireNames.Add(wire.Value, wire.Span, item, "name", itemPath);
            if (propertyName is null || type is null || !wireIsNew || !memberNames.Add(propertyName, NameSpan(item, wire), item, "csharpName", itemPath))
            {
                continue;
            }

            if (propertyName == name)
            {
                _diagnostics.Report(DiagnosticDescriptors.DuplicateName, NameSpan(item, wire), item.MemberPath("csharpName"), propertyName, $"the model '{name}' itself (a property cannot share its type's name); set csharpName");
                continue;
            }

            properties.Add(new PropertyModel(propertyName, wire.Value, type, nullable, acceptsString, Description(item)));
        }

        return new ObjectModel(name, Description(json), properties.ToEquatableArray());
    }
}
