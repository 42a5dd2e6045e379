using SevenIo.Generator.Model;

namespace SevenIo.Generator.Reading;

/// <summary>The type names a spec can use without declaring them, and their formats.</summary>
internal static class BuiltInTypes
{
    public const string String = "string";
    public const string Int32 = "int32";
    public const string Int64 = "int64";
    public const string Decimal = "decimal";
    public const string Double = "double";
    public const string Boolean = "bool";
    public const string DateTime = "datetime";
    public const string Json = "json";

    /// <summary>A string that must be an absolute http or https URI; parameters are checked before sending.</summary>
    public const string HttpUriFormat = "http-uri";

    /// <summary>A point in time sent and read as Unix seconds: a <c>DateTimeOffset</c>, whose zone is never in doubt.</summary>
    public const string UnixSecondsFormat = "unix";

    /// <summary>A boolean written <c>true</c>/<c>false</c> in a query or form, rather than <c>1</c>/<c>0</c>.</summary>
    public const string BooleanWordsFormat = "true-false";

    public static ValueKind? Find(string name) => name switch
    {
        String => ValueKind.String,
        Int32 => ValueKind.Int32,
        Int64 => ValueKind.Int64,
        Decimal => ValueKind.Decimal,
        Double => ValueKind.Double,
        Boolean => ValueKind.Boolean,
        DateTime => ValueKind.DateTime,
        Json => ValueKind.Json,
        _ => null,
    };
}
