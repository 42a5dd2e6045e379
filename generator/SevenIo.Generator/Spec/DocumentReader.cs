using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>
/// Reads one spec file into a <see cref="SpecDocument"/>: its structure, JSON kinds, identifiers and
/// whatever else can be checked from the file alone. Every problem is located at the offending
/// token and names its JSON path. An enum, model or operation with an error is left out (and says
/// so); the rest is kept, so that one typo does not take the whole client away.
/// </summary>
internal sealed partial class DocumentReader
{
    private static readonly string[] RootMembers = { "client", "enums", "models", "groups", "operations" };
    private static readonly string[] ClientMembers = { "name", "namespace", "description", "baseAddress", "apiKeyHeader", "failure", "configurationSection" };
    private static readonly string[] FailureMembers = { "success", "code", "message", "codeBody" };

    private readonly SpecDiagnostics _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly List<string> _brokenEnums = new();
    private readonly List<string> _brokenModels = new();

    private DocumentReader(SpecDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    public static SpecDocument Read(string path, SourceText text, CancellationToken cancellationToken)
    {
        var reader = new DocumentReader(new SpecDiagnostics(path, text), cancellationToken);
        return reader.ReadDocument(text.ToString());
    }

    private SpecDocument ReadDocument(string text)
    {
        var parsed = JsonParser.Parse(text);
        if (parsed.Error is { } error)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidJson, error.Span, error.Message);
            return Document(null, null, null, null);
        }

        var root = SpecObject.From(parsed.Root!, string.Empty, _diagnostics, RootMembers);
        if (root is null)
        {
            return Document(null, null, null, null);
        }

        var clientJson = root.Object("client", required: true);
        var operationsJson = root.Object("operations", required: true);
        var errorsBefore = _diagnostics.ErrorCount;
        var client = clientJson is null ? null : ReadClient(SpecObject.From(clientJson, "client", _diagnostics, ClientMembers)!);
        if (client is null || _diagnostics.ErrorCount > errorsBefore)
        {
            // Without a valid client nothing can be generated; the rest is still read for its diagnostics.
            client = null;
        }

        var enums = Entries(root.Object("enums"), "enums").Select(entry => Guarded(entry, "enums." + entry.Name, _brokenEnums, ReadEnum)).WhereNotNull().ToList();
        var models = Entries(root.Object("models"), "models").Select(entry => Guarded(entry, "models." + entry.Name, _brokenModels, ReadModel)).WhereNotNull().ToList();
        var groupInfo = ReadGroupInfo(root.Object("groups"));
        var groupEntries = Entries(operationsJson, "operations");
        ReportUnusedGroupInfo(groupInfo, groupEntries);
        var groups = groupEntries.Select(entry => ReadGroup(entry, groupInfo)).WhereNotNull().ToList();
        return Document(client, enums, models, groups);
    }

    private SpecDocument Document(ClientDeclaration? client, List<EnumDeclaration>? enums, List<ModelDeclaration>? models, List<GroupDeclaration>? groups) => new(
        _diagnostics.Path,
        client,
        (enums ?? new List<EnumDeclaration>()).ToEquatableArray(),
        (models ?? new List<ModelDeclaration>()).ToEquatableArray(),
        (groups ?? new List<GroupDeclaration>()).ToEquatableArray(),
        _brokenEnums.ToEquatableArray(),
        _brokenModels.ToEquatableArray(),
        _diagnostics.ToArray());

    /// <summary>
    /// Reads one enum, model or operation; when that reported an error, reports that the item is
    /// left out of the generated code, adds its name to <paramref name="broken"/> and returns null.
    /// </summary>
    private T? Guarded<T>(JsonProperty entry, string path, List<string>? broken, Func<JsonProperty, string, T?> read)
        where T : class
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var errorsBefore = _diagnostics.ErrorCount;
        var result = read(entry, path);
        if (_diagnostics.ErrorCount == errorsBefore && result is not null)
        {
            return result;
        }

        broken?.Add(entry.Name);

        _diagnostics.Report(DiagnosticDescriptors.LeftOut, entry.NameSpan, path, entry.Name, "the errors in it are fixed");
        return null;
    }

    private ClientDeclaration? ReadClient(SpecObject client)
    {
        var name = Identifier(client, "name", required: true, isType: true);
        var ns = client.String("namespace", required: true);
        var baseAddress = client.String("baseAddress", required: true);
        var apiKeyHeader = client.String("apiKeyHeader", required: true);
        var failureJson = client.Object("failure", required: true);

        if (ns is not null && !ns.Value.Split('.').All(Names.IsValidIdentifier))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, ns.Span, client.MemberPath("namespace"), ns.Value, " (a namespace is identifiers separated by dots)");
        }

        if (baseAddress is not null && !Names.IsHttpUri(baseAddress.Value))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, baseAddress.Span, client.MemberPath("baseAddress"), $"'{baseAddress.Value}' is not an absolute http or https address");
        }

        if (apiKeyHeader is not null && !IsHeaderName(apiKeyHeader.Value))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, apiKeyHeader.Span, client.MemberPath("apiKeyHeader"), $"'{apiKeyHeader.Value}' is not a valid HTTP header name");
        }

        var failure = failureJson is null ? null : ReadFailure(SpecObject.From(failureJson, client.MemberPath("failure"), _diagnostics, FailureMembers)!);
        if (name is null || ns is null || baseAddress is null || apiKeyHeader is null || failure is null)
        {
            return null;
        }

        var nameSpan = client.Member("name")!.Value.Value.Span;
        return new ClientDeclaration(
            name,
            ns.Value,
            Description(client),
            baseAddress.Value,
            apiKeyHeader.Value,
            failure,
            client.String("configurationSection")?.Value,
            new Declared("client.name", _diagnostics.Locate(nameSpan)));
    }

    private static FailureModel? ReadFailure(SpecObject failure)
    {
        var success = failure.String("success", required: true);
        return success is null
            ? null
            : new FailureModel(success.Value, failure.String("code")?.Value, failure.String("message")?.Value, failure.Boolean("codeBody"));
    }

    /// <summary>The members of a map object (enums, models, operations), reporting duplicate keys.</summary>
    private List<JsonProperty> Entries(JsonObject? map, string path)
    {
        var result = new List<JsonProperty>();
        if (map is null)
        {
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in map.Properties)
        {
            if (property.Name.StartsWith("$", StringComparison.Ordinal))
            {
                continue;
            }

            if (!seen.Add(property.Name))
            {
                _diagnostics.Report(DiagnosticDescriptors.DuplicateKey, property.NameSpan, path, property.Name);
                continue;
            }

            result.Add(property);
        }

        return result;
    }

    private Declared At(string path, TextSpan span) => new(path, _diagnostics.Locate(span));

    /// <summary>A map key that names a C# type (an enum or model) or member (a group or operation).</summary>
    private string? KeyName(JsonProperty entry, string path, bool isType) => CheckName(entry.Name, entry.NameSpan, path, isType);

    private string? Identifier(SpecObject owner, string member, bool required, bool isType = false)
    {
        var json = owner.String(member, required);
        return json is null ? null : CheckName(json.Value, json.Span, owner.MemberPath(member), isType);
    }

    private string? CheckName(string name, TextSpan span, string path, bool isType)
    {
        if (!Names.IsValidIdentifier(name))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, span, path, name, string.Empty);
            return null;
        }

        if (isType && !Names.IsValidTypeName(name))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, span, path, name, " for a type: C# reserves lower-case names for keywords (CS8981); start it with a capital letter");
            return null;
        }

        return name;
    }

    /// <summary>
    /// The wire name (required) and the explicit <c>csharpName</c> (optional, checked) of a property,
    /// parameter or enum value; null (reported) when either is missing or not usable.
    /// </summary>
    private NameDeclaration? WireAndCSharpName(SpecObject item, string wireMember)
    {
        var wire = item.String(wireMember, required: true);
        var explicitJson = item.Member("csharpName");
        var csharpName = explicitJson is null ? null : Identifier(item, "csharpName", required: true);
        if (wire is null || (explicitJson is not null && csharpName is null))
        {
            return null;
        }

        var wireAt = At(item.MemberPath(wireMember), wire.Span);
        return new NameDeclaration(wire.Value, csharpName, wireAt, explicitJson is null ? wireAt : At(item.MemberPath("csharpName"), explicitJson.Value.Value.Span));
    }

    private static string? Description(SpecObject owner)
    {
        var value = owner.String("description")?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static bool IsHeaderName(string name) =>
        name.Length > 0 && name.All(c => c > ' ' && c < 127 && "()<>@,;:\\\"/[]?={}".IndexOf(c) < 0);
}
