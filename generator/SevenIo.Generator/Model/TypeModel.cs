namespace SevenIo.Generator.Model;

internal enum ValueKind
{
    String,
    Int32,
    Int64,
    Decimal,
    Double,
    Boolean,
    DateTime,

    /// <summary>A point in time as Unix seconds on the wire, a <c>DateTimeOffset</c> in C# (<c>datetime</c> with the format <c>unix</c>).</summary>
    UnixTime,
    Json,
    Enum,
    Model,
    Array,
}

/// <summary>The type of a model property, parameter or response.</summary>
/// <param name="Kind">What kind of value it is.</param>
/// <param name="Name">The C# type name of an enum or model.</param>
/// <param name="JsonClass">The internal class that reads (and writes) a model as JSON.</param>
/// <param name="Format">The .NET format string of a date and time.</param>
/// <param name="Element">The item type of an array.</param>
/// <param name="IsAbstract">A <c>oneOf</c> model: a base class that cannot be made with <c>new</c>.</param>
internal sealed record TypeModel(ValueKind Kind, string? Name = null, string? JsonClass = null, string? Format = null, TypeModel? Element = null, bool IsAbstract = false)
{
    public bool IsValueType => Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal or ValueKind.Double or ValueKind.Boolean or ValueKind.DateTime or ValueKind.UnixTime or ValueKind.Json or ValueKind.Enum;
}
