using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Reading;

/// <summary>
/// Reads one spec file into a <see cref="SpecDocument"/>: its structure, JSON kinds, identifiers and
/// whatever else can be checked from the file alone. Every problem is located at the offending
/// token and names its JSON path. An enum, model or operation with an error is left out (and says
/// so); the rest is kept, so that one typo does not take the whole client away.
/// </summary>
internal sealed partial class DocumentReader
{
    private static readonly string[] RootMembers = { "client", "enums", "models", "groups", "operations", "events" };
    private static readonly string[] ClientMembers = { "name", "namespace", "description", "baseAddress", "apiKeyHeader", "headers", "failure", "configurationSection", "conventions" };
    private static readonly string[] ConventionMembers = { "service", "falseIsNull", "emptyStringIsNull", "webhookRetries", "webhookRoute" };
    private static readonly string[] FailureMembers = { "success", "code", "message", "codeBody", "successCodes" };

    private readonly SpecDiagnostics _diagnostics;
    private readonly bool _isPackaged;
    private readonly ulong _contentHash;
    private readonly CancellationToken _cancellationToken;
    private readonly List<string> _brokenEnums = new();
    private readonly List<string> _brokenModels = new();

    private DocumentReader(SpecDiagnostics diagnostics, bool isPackaged, ulong contentHash, CancellationToken cancellationToken)
    {
        _diagnostics = diagnostics;
        _isPackaged = isPackaged;
        _contentHash = contentHash;
        _cancellationToken = cancellationToken;
    }

    /// <param name="path">The file.</param>
    /// <param name="text">Its text.</param>
    /// <param name="isPackaged">The file comes with the package rather than from the user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static SpecDocument Read(string path, SourceText text, bool isPackaged, CancellationToken cancellationToken)
    {
        var content = text.ToString();
        var reader = new DocumentReader(new SpecDiagnostics(path, text), isPackaged, ContentHash.Of(content), cancellationToken);
        return reader.ReadDocument(content);
    }

    private SpecDocument ReadDocument(string text)
    {
        var parsed = JsonParser.Parse(text);
        if (parsed.Error is { } error)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidJson, error.Span, error.Message);
            return Document(null, null, null, null, null, null);
        }

        var root = SpecObject.From(parsed.Root!, string.Empty, _diagnostics, RootMembers);
        if (root is null)
        {
            return Document(null, null, null, null, null, null);
        }

        var operationsJson = root.Object("operations");
        ClientDeclaration? client = null;
        ClientReference? extends = null;
        switch (root.Value("client", required: true))
        {
            case JsonString reference when Identifiers.IsQualifiedName(reference.Value):
                extends = new ClientReference(reference.Value, At("client", reference.Span));
                break;
            case JsonString reference:
                _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, reference.Span, "client", reference.Value, " (a client is named by its class, e.g. SevenClient, or its full name)");
                break;
            case JsonObject declaration:
                var errorsBefore = _diagnostics.ErrorCount;
                client = ReadClient(SpecObject.From(declaration, "client", _diagnostics, ClientMembers)!);
                if (_diagnostics.ErrorCount > errorsBefore)
                {
                    // Without a valid client nothing can be generated; the rest is still read for its diagnostics.
                    client = null;
                }

                break;
            case { } other:
                _diagnostics.Report(DiagnosticDescriptors.WrongKind, other.Span, "client", "an object (a client) or a string (the client this spec adds to)", other.KindDescription);
                break;
        }

        var enums = Entries(root.Object("enums"), "enums").Select(entry => Guarded(entry, "enums." + entry.Name, _brokenEnums, ReadEnum)).WhereNotNull().ToList();
        var models = Entries(root.Object("models"), "models").Select(entry => Guarded(entry, "models." + entry.Name, _brokenModels, ReadModel)).WhereNotNull().ToList();
        var groupInfo = ReadGroupInfo(root.Object("groups"));
        var groupEntries = Entries(operationsJson, "operations");
        ReportUnusedGroupInfo(groupInfo, groupEntries);
        var groups = groupEntries.Select(entry => ReadGroup(entry, groupInfo)).WhereNotNull().ToList();
        var events = Entries(root.Object("events"), "events").Select(entry => Guarded(entry, "events." + entry.Name, null, ReadEvent)).WhereNotNull().ToList();
        return Document(client, extends, enums, models, groups, events);
    }

    private SpecDocument Document(ClientDeclaration? client, ClientReference? extends, List<EnumDeclaration>? enums, List<ModelDeclaration>? models, List<GroupDeclaration>? groups, List<EventDeclaration>? events) => new(
        _diagnostics.Path,
        _isPackaged,
        _contentHash,
        client,
        extends,
        (enums ?? new List<EnumDeclaration>()).ToEquatableArray(),
        (models ?? new List<ModelDeclaration>()).ToEquatableArray(),
        (groups ?? new List<GroupDeclaration>()).ToEquatableArray(),
        (events ?? new List<EventDeclaration>()).ToEquatableArray(),
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

        if (ns is not null && !ns.Value.Split('.').All(Identifiers.IsValidIdentifier))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, ns.Span, client.MemberPath("namespace"), ns.Value, " (a namespace is identifiers separated by dots)");
        }

        if (baseAddress is not null && !Identifiers.IsHttpUri(baseAddress.Value))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, baseAddress.Span, client.MemberPath("baseAddress"), $"'{baseAddress.Value}' is not an absolute http or https address");
        }

        if (apiKeyHeader is not null && !IsHeaderName(apiKeyHeader.Value))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, apiKeyHeader.Span, client.MemberPath("apiKeyHeader"), $"'{apiKeyHeader.Value}' is not a valid HTTP header name");
        }

        var failure = failureJson is null ? null : ReadFailure(SpecObject.From(failureJson, client.MemberPath("failure"), _diagnostics, FailureMembers)!, required: true);
        var headers = ReadHeaders(client.Object("headers"), client.MemberPath("headers"));
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
            headers,
            failure,
            client.String("configurationSection")?.Value,
            ReadConventions(client),
            new Declared("client.name", _diagnostics.Locate(nameSpan)));
    }

    /// <summary>The client's <c>conventions</c>; each one left out, or given with an error, keeps its default.</summary>
    private Conventions ReadConventions(SpecObject client)
    {
        var json = client.Object("conventions");
        if (json is null)
        {
            return Conventions.Default;
        }

        var conventions = SpecObject.From(json, client.MemberPath("conventions"), _diagnostics, ConventionMembers)!;
        return new Conventions(
            Words(conventions, "service", maxLength: 40) ?? Conventions.Default.Service,
            conventions.Boolean("falseIsNull"),
            conventions.Boolean("emptyStringIsNull"),
            Words(conventions, "webhookRetries", maxLength: 80),
            Route(conventions) ?? Conventions.Default.WebhookRoute);
    }

    /// <summary>Words that documentation and log messages quote: letters, digits, spaces and <c>-./</c> only, so that no text format (XML, a log template) can mistake them.</summary>
    private string? Words(SpecObject owner, string name, int maxLength)
    {
        var text = owner.String(name);
        if (text is null)
        {
            return null;
        }

        if (text.Value.Length == 0 || text.Value.Length > maxLength || text.Value.Trim() != text.Value || !text.Value.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '/'))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, text.Span, owner.MemberPath(name), $"'{text.Value}' is not plain words (1 to {maxLength} letters, digits, spaces, '-', '.' or '/')");
            return null;
        }

        return text.Value;
    }

    private string? Route(SpecObject owner)
    {
        var route = owner.String("webhookRoute");
        if (route is null)
        {
            return null;
        }

        if (!route.Value.StartsWith("/", StringComparison.Ordinal) || route.Value.Length > 100 || !route.Value.All(c => char.IsLetterOrDigit(c) || c is '/' or '-' or '_' or '.'))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, route.Span, owner.MemberPath("webhookRoute"), $"'{route.Value}' is not a route (a '/' and then letters, digits, '/', '-', '_' or '.')");
            return null;
        }

        return route.Value;
    }

    /// <summary>
    /// How responses report failure: the client's (where <c>success</c> is required) or an
    /// operation's own. <c>code</c> and <c>message</c> name one member or, as an array, several to
    /// try in order; <c>successCodes</c> are the values of <c>success</c> that mean success.
    /// </summary>
    private FailureModel? ReadFailure(SpecObject failure, bool required)
    {
        // An operation's "success": null says its answers have no call-level success member at all.
        var successIsResult = !required && failure.Member("success")?.Value.Kind == JsonKind.Null;
        var success = successIsResult ? null : failure.String("success", required);
        var codes = NameList(failure, "code");
        var messages = NameList(failure, "message");
        var successCodes = NameList(failure, "successCodes");
        var codeBody = failure.Member("codeBody") is null ? (bool?)null : failure.Boolean("codeBody");
        if (codes is null || messages is null || successCodes is null || (required && success is null))
        {
            return null;
        }

        if (successIsResult && successCodes.Value.Count > 0)
        {
            var codesJson = failure.Member("successCodes")!.Value.Value;
            _diagnostics.Report(DiagnosticDescriptors.InvalidValue, codesJson.Span, failure.MemberPath("successCodes"), "successCodes need a success member, and \"success\": null says this operation's answers have none");
            return null;
        }

        return new FailureModel(success?.Value ?? string.Empty, codes.Value, messages.Value, codeBody, successCodes.Value, successIsResult);
    }

    /// <summary>A member that is one string or an array of strings (numbers are taken as their text).</summary>
    private EquatableArray<string>? NameList(SpecObject owner, string member)
    {
        switch (owner.Value(member, required: false))
        {
            case null:
                return EquatableArray<string>.Empty;
            case JsonString single:
                return new[] { single.Value }.ToEquatableArray();
            case JsonArray array when array.Items.All(i => i is JsonString or JsonNumber):
                return array.Items.Select(i => i is JsonString s ? s.Value : ((JsonNumber)i).Text).ToEquatableArray();
            case { } other:
                _diagnostics.Report(DiagnosticDescriptors.WrongKind, other.Span, owner.MemberPath(member), "a string or an array of strings", other.KindDescription);
                return null;
        }
    }

    private EquatableArray<HeaderModel> ReadHeaders(JsonObject? headers, string path)
    {
        var result = new List<HeaderModel>();
        foreach (var header in Entries(headers, path))
        {
            if (!IsHeaderName(header.Name))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, header.NameSpan, path, $"'{header.Name}' is not a valid HTTP header name");
            }
            else if (header.Value is not JsonString { Value: var value } || value.Any(char.IsControl))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, header.Value.Span, path + "." + header.Name, "a header's value must be a string without control characters");
            }
            else
            {
                result.Add(new HeaderModel(header.Name, value));
            }
        }

        return result.ToEquatableArray();
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
        if (!Identifiers.IsValidIdentifier(name))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, span, path, name, string.Empty);
            return null;
        }

        if (isType && !Identifiers.IsValidTypeName(name))
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
