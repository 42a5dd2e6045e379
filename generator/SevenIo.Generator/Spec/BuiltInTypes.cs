using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>The type names a spec can use without declaring them, and their formats.</summary>
internal static class BuiltInTypes
{
    public const string String = "string";
    public const string Int32 = "int32";
    public const string Int64 = "int64";
    public const string Boolean = "bool";
    public const string DateTime = "datetime";

    /// <summary>A string that must be an absolute http or https URI; parameters are checked before sending.</summary>
    public const string HttpUriFormat = "http-uri";

    /// <summary>The list the SEVEN004 message offers.</summary>
    public const string Listing = "string, int32, int64, bool, datetime";

    public static ValueKind? Find(string name) => name switch
    {
        String => ValueKind.String,
        Int32 => ValueKind.Int32,
        Int64 => ValueKind.Int64,
        Boolean => ValueKind.Boolean,
        DateTime => ValueKind.DateTime,
        _ => null,
    };
}
