namespace SevenIo.Generator.Diagnostics;

/// <summary>The generator's diagnostic IDs. They never change once shipped; see AnalyzerReleases.*.md.</summary>
internal static class DiagnosticIds
{
    public const string InvalidJson = "SEVEN001";
    public const string MissingMember = "SEVEN002";
    public const string WrongKind = "SEVEN003";
    public const string UnknownType = "SEVEN004";
    public const string DuplicateName = "SEVEN005";
    public const string InvalidIdentifier = "SEVEN006";
    public const string UnsupportedMethod = "SEVEN007";
    public const string InvalidDefault = "SEVEN008";
    public const string EmptyEnum = "SEVEN009";
    public const string UndeclaredPathParameter = "SEVEN010";
    public const string UnknownMember = "SEVEN011";
    public const string InvalidValue = "SEVEN012";
    public const string DuplicateKey = "SEVEN013";
    public const string InternalError = "SEVEN014";
    public const string DuplicateGeneratedType = "SEVEN015";
    public const string LeftOut = "SEVEN016";
    public const string ReferencedType = "SEVEN017";
    public const string ClientInReference = "SEVEN018";
    public const string ClientDeclaredTwice = "SEVEN019";
    public const string UnknownClient = "SEVEN020";
    public const string UnknownGroup = "SEVEN021";
    public const string UnreadableSpec = "SEVEN022";
    public const string AspNetCoreCompanionMissing = "SEVEN023";
}
