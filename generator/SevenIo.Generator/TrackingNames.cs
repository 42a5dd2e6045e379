namespace SevenIo.Generator;

/// <summary>Names of the pipeline steps, for incremental-generator step tracking in tests.</summary>
internal static class TrackingNames
{
    public const string Documents = "Documents";
    public const string Settings = "Settings";
    public const string Build = "Build";
    public const string CompilationFacts = "CompilationFacts";
    public const string ReferencedTypes = "ReferencedTypes";
    public const string Plan = "Plan";
    public const string CodeStyle = "CodeStyle";
    public const string Units = "Units";
}
