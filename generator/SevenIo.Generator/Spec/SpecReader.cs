using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>
/// Reads a spec file into a <see cref="SpecModel"/>. Every problem becomes a diagnostic located at
/// the offending token and naming its JSON path. An enum, model or operation with an error is left
/// out (and says so), as is everything that uses it; the rest still generates, so that one typo
/// does not take the whole client away from the code that uses it. Without a valid <c>client</c>
/// nothing is generated.
/// </summary>
internal sealed partial class SpecReader
{
    private static readonly string[] RootMembers = { "client", "enums", "models", "groups", "operations" };
    private static readonly string[] ClientMembers = { "name", "namespace", "description", "baseAddress", "apiKeyHeader", "failure", "configurationSection" };
    private static readonly string[] HttpMethods = { "GET", "POST", "PUT", "PATCH", "DELETE" };

    private readonly SpecDiagnostics _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, SourceSpan> _typeSpans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> _entrySpans = new(StringComparer.Ordinal);
    private TypeResolver _types = null!;

    private SpecReader(string filePath, CancellationToken cancellationToken)
    {
        _diagnostics = new SpecDiagnostics(filePath);
        _cancellationToken = cancellationToken;
    }

    public static SpecReadResult Read(string filePath, string text, CancellationToken cancellationToken)
    {
        var reader = new SpecReader(filePath, cancellationToken);
        var model = reader.ReadDocument(text);
        return new SpecReadResult(filePath, model, reader._diagnostics.ToArray(), reader.DeclaredTypes(model));
    }

    private SpecModel? ReadDocument(string text)
    {
        var parsed = JsonParser.Parse(text);
        if (parsed.Error is { } error)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidJson, error.Span, error.Message);
            return null;
        }

        var root = SpecObject.From(parsed.Root!, string.Empty, _diagnostics, RootMembers);
        if (root is null)
        {
            return null;
        }

        var clientJson = root.Object("client", required: true);
        var operationsJson = root.Object("operations", required: true);
        var enumEntries = Entries(root.Object("enums"), "enums");
        var modelEntries = Entries(root.Object("models"), "models");
        var groupEntries = Entries(operationsJson, "operations");
        var groupInfo = ReadGroupInfo(root.Object("groups"));
        ReportUnusedGroupInfo(groupInfo, groupEntries);

        var errorsBefore = _diagnostics.ErrorCount;
        var client = clientJson is null ? null : ReadClient(SpecObject.From(clientJson, "client", _diagnostics, ClientMembers));
        if (client is null || _diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        // Type names are settled first: the first declaration of a name keeps it, later ones are reported and left out.
        var typeNames = new NameRegistry(_diagnostics, "the type", (name, span) => _typeSpans[name] = span);
        foreach (var (reserved, owner) in RuntimeTypes.In(client.Namespace))
        {
            typeNames.Reserve(reserved, owner);
        }

        var clientNameSpan = clientJson!.Properties.First(p => p.Name == "name").Value.Span;
        typeNames.Add(client.Name, clientNameSpan, "client.name", "client.name");
        typeNames.Add(client.OptionsName, clientNameSpan, "client.name", "the options class of client.name");
        var keptGroups = groupEntries
            .Where(entry => !Names.IsValidIdentifier(entry.Name)
                || typeNames.Add(GroupClassName(entry, groupInfo), entry.NameSpan, "operations." + entry.Name, "the client class of operations." + entry.Name))
            .ToList();
        var keptEnums = enumEntries
            .Where(entry => !Names.IsValidTypeName(entry.Name) || typeNames.Add(entry.Name, entry.NameSpan, "enums." + entry.Name, "enums." + entry.Name))
            .ToList();
        var keptModels = modelEntries
            .Where(entry => !Names.IsValidTypeName(entry.Name)
                || (typeNames.Add(entry.Name, entry.NameSpan, "models." + entry.Name, "models." + entry.Name)
                    && typeNames.Add(entry.Name + "JsonReader", entry.NameSpan, "models." + entry.Name, "the JSON reader of models." + entry.Name)))
            .ToList();

        _types = new TypeResolver(keptEnums.Select(e => e.Name), keptModels.Select(e => e.Name), _diagnostics);
        var enums = keptEnums.Select(entry => Guarded(entry, "enums." + entry.Name, ReadEnum)).WhereNotNull().ToList();
        var models = keptModels.Select(entry => Guarded(entry, "models." + entry.Name, ReadModel)).WhereNotNull().ToList();
        var groups = keptGroups.Select(entry => ReadGroup(entry, groupInfo, enums)).WhereNotNull().ToList();
        PruneUnresolvedReferences(enums, models, groups);

        var groupReferences = groups.Select(g => new GroupReference(g.Name, g.ClassName, g.Description)).ToEquatableArray();
        return new SpecModel(client with { Groups = groupReferences }, enums.ToEquatableArray(), models.ToEquatableArray(), groups.ToEquatableArray());
    }

    /// <summary>
    /// Reads one enum, model or operation; when that reported an error, reports that the item is
    /// left out of the generated code and returns null.
    /// </summary>
    private T? Guarded<T>(JsonProperty entry, string path, Func<JsonProperty, string, T?> read)
        where T : class
    {
        _cancellationToken.ThrowIfCancellationRequested();
        _entrySpans[path] = entry.NameSpan;
        var errorsBefore = _diagnostics.ErrorCount;
        var result = read(entry, path);
        if (_diagnostics.ErrorCount == errorsBefore)
        {
            return result;
        }

        ReportLeftOut(path, entry.Name, "the errors in it are fixed");
        return null;
    }

    private void ReportLeftOut(string path, string name, string until) =>
        _diagnostics.Report(DiagnosticDescriptors.LeftOut, _entrySpans[path], path, name, until);

    /// <summary>The generated types and where the spec declares them, for finding clashes between specs.</summary>
    private EquatableArray<DeclaredType> DeclaredTypes(SpecModel? model)
    {
        if (model is null)
        {
            return EquatableArray<DeclaredType>.Empty;
        }

        var names = new List<string> { model.Client.Name, model.Client.OptionsName };
        names.AddRange(model.Groups.Select(g => g.ClassName));
        names.AddRange(model.Enums.Select(e => e.Name));
        names.AddRange(model.Models.SelectMany(m => new[] { m.Name, m.Name + "JsonReader" }));
        return names.Select(name => new DeclaredType(model.Client.Namespace + "." + name, _typeSpans[name])).ToEquatableArray();
    }

    private ClientModel? ReadClient(SpecObject? client)
    {
        if (client is null)
        {
            return null;
        }

        var name = Identifier(client, "name", required: true, isType: true);
        var ns = client.String("namespace", required: true);
        var baseAddress = client.String("baseAddress", required: true);
        var apiKeyHeader = client.String("apiKeyHeader", required: true);
        var failureJson = client.Object("failure", required: true);

        if (ns is not null && !ns.Value.Split('.').All(Names.IsValidIdentifier))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, ns.Span, client.MemberPath("namespace"), ns.Value, " (a namespace is identifiers separated by dots)");
        }

        if (baseAddress is not null
            && (!Uri.TryCreate(baseAddress.Value, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http")))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, baseAddress.Span, client.MemberPath("baseAddress"), $"'{baseAddress.Value}' is not an absolute http or https address");
        }

        if (apiKeyHeader is not null && !IsHeaderName(apiKeyHeader.Value))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, apiKeyHeader.Span, client.MemberPath("apiKeyHeader"), $"'{apiKeyHeader.Value}' is not a valid HTTP header name");
        }

        var failure = failureJson is null ? null : ReadFailure(SpecObject.From(failureJson, client.MemberPath("failure"), _diagnostics, "success", "code", "message")!);
        if (name is null || ns is null || baseAddress is null || apiKeyHeader is null || failure is null)
        {
            return null;
        }

        // Where dependency injection binds the options from: "configurationSection", or the client name without "Client".
        var section = client.String("configurationSection")?.Value
            ?? (name.EndsWith("Client", StringComparison.Ordinal) && name.Length > "Client".Length ? name.Substring(0, name.Length - "Client".Length) : name);
        return new ClientModel(name, ns.Value, baseAddress.Value, apiKeyHeader.Value, Description(client), failure, section, EquatableArray<GroupReference>.Empty);
    }

    private static FailureEnvelopeModel? ReadFailure(SpecObject failure)
    {
        var success = failure.String("success", required: true);
        return success is null
            ? null
            : new FailureEnvelopeModel(success.Value, failure.String("code")?.Value, failure.String("message")?.Value);
    }
}
