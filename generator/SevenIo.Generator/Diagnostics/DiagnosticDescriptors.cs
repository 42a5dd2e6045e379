using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SevenIo.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Messages start with the JSON path of the problem.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SevenIo.Spec";

    public static readonly DiagnosticDescriptor InvalidJson = Create(
        DiagnosticIds.InvalidJson,
        "The spec is not valid JSON",
        "The spec is not valid JSON: {0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingMember = Create(
        DiagnosticIds.MissingMember,
        "A required member is missing",
        "{0} has no '{1}' member, which is required",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor WrongKind = Create(
        DiagnosticIds.WrongKind,
        "A member has the wrong JSON kind",
        "{0} must be {1}, not {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownType = Create(
        DiagnosticIds.UnknownType,
        "Unknown type",
        "{0}: '{1}' is not a type; use string, int32, int64, decimal, double, bool, datetime, json, an enum or model declared in the spec, or one of those followed by []",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateName = Create(
        DiagnosticIds.DuplicateName,
        "Duplicate name",
        "{0}: the name '{1}' is already used by {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidIdentifier = Create(
        DiagnosticIds.InvalidIdentifier,
        "Not a valid C# identifier",
        "{0}: '{1}' is not a valid C# identifier{2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedMethod = Create(
        DiagnosticIds.UnsupportedMethod,
        "Unsupported HTTP method",
        "{0}: '{1}' is not a supported HTTP method; use GET, POST, PUT, PATCH or DELETE",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidDefault = Create(
        DiagnosticIds.InvalidDefault,
        "Default value does not fit the parameter's type",
        "{0}: the default {1} does not fit the type '{2}'",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EmptyEnum = Create(
        DiagnosticIds.EmptyEnum,
        "Enum without values",
        "{0}: the enum '{1}' declares no values",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UndeclaredPathParameter = Create(
        DiagnosticIds.UndeclaredPathParameter,
        "Path placeholder without a parameter",
        "{0}: the path placeholder '{{{1}}}' has no parameter of that name in {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownMember = Create(
        DiagnosticIds.UnknownMember,
        "Unknown member",
        "{0}: '{1}' is not a member the spec format knows, so it is ignored{2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidValue = Create(
        DiagnosticIds.InvalidValue,
        "Invalid value",
        "{0}: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateKey = Create(
        DiagnosticIds.DuplicateKey,
        "Duplicate JSON member",
        "{0}: the member '{1}' appears more than once in the same object",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InternalError = Create(
        DiagnosticIds.InternalError,
        "The generator failed on this spec",
        "The generator failed while processing this spec; nothing was generated from it. Please report this: {0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadableSpec = Create(
        DiagnosticIds.UnreadableSpec,
        "The spec file cannot be read",
        "{0}: the spec file cannot be read: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor AspNetCoreCompanionMissing = Create(
        DiagnosticIds.AspNetCoreCompanionMissing,
        "Receiving webhooks in ASP.NET Core needs SevenIo.Webhooks.AspNetCore",
        "{0}: this project uses ASP.NET Core but does not reference the SevenIo.Webhooks.AspNetCore package, so {1} and {2} are not generated; add that package to receive webhooks here",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DuplicateGeneratedType = Create(
        DiagnosticIds.DuplicateGeneratedType,
        "Two specs generate the same type",
        "{0}: the type '{1}' is also generated from '{2}', so nothing of this client is generated; rename it or move one spec to another namespace",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReferencedType = Create(
        DiagnosticIds.ReferencedType,
        "A generated type already exists in a referenced assembly",
        "{0}: a referenced assembly already has a type or namespace '{1}', so nothing of this client is generated; rename the type or use another namespace",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ClientInReference = Create(
        DiagnosticIds.ClientInReference,
        "The client comes from a referenced assembly",
        "{0}: a referenced assembly already has the client '{1}', so it is used and not generated again here",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor ClientDeclaredTwice = Create(
        DiagnosticIds.ClientDeclaredTwice,
        "The client is declared in two specs",
        "{0}: the client '{1}' is already declared in '{2}', so this spec is ignored; to add to it, write \"client\": \"{3}\" and list only what you add",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownClient = Create(
        DiagnosticIds.UnknownClient,
        "The spec adds to a client no spec declares",
        "{0}: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownGroup = Create(
        DiagnosticIds.UnknownGroup,
        "SevenIoGroups names a group the package's specs do not have",
        "SevenIoGroups names '{0}', which is no operation group of the package's specs; they have {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LeftOut = Create(
        DiagnosticIds.LeftOut,
        "Left out of the generated code",
        "{0}: '{1}' is left out of the generated code until {2}",
        DiagnosticSeverity.Warning);

    /// <summary>Every descriptor, for the tests that check each has a test, a release entry and a documented section.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => typeof(DiagnosticDescriptors)
        .GetFields()
        .Select(field => field.GetValue(null))
        .OfType<DiagnosticDescriptor>();

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) => new(
        id,
        title,
        DiagnosticHelp.Message(id, message, DiagnosticHelp.RepositoryUrl),
        Category,
        severity,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.Link(id, DiagnosticHelp.RepositoryUrl));
}
