namespace SevenIo.Generator;

/// <summary>Names of the pipeline steps, for incremental-generator step tracking in tests.</summary>
internal static class TrackingNames
{
    public const string Specs = "Specs";
    public const string SpecDiagnostics = "SpecDiagnostics";
    public const string CodeStyle = "CodeStyle";
    public const string CompilationFacts = "CompilationFacts";
    public const string Units = "Units";
    public const string TypeConflicts = "TypeConflicts";
    public const string Output = "Output";
}
