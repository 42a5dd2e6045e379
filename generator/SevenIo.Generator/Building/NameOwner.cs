using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>
/// What holds a name in a <see cref="NameScope"/>, for the message when a name clashes: "the property
/// at models.Hook.properties[2]". Kept as its parts and put together only when a clash is reported,
/// because every property, parameter and member claims a name and almost none ever clashes.
/// </summary>
internal readonly struct NameOwner
{
    private readonly string _text;
    private readonly string? _path;
    private readonly int _pathLength;

    private NameOwner(string text, string? path, int pathLength)
    {
        _text = text;
        _path = path;
        _pathLength = pathLength;
    }

    /// <summary><paramref name="prefix"/> followed by the JSON path of what is declared at <paramref name="at"/>.</summary>
    public static NameOwner At(string prefix, Declared at) => new(prefix, at.JsonPath, at.JsonPath.Length);

    /// <summary><paramref name="prefix"/> followed by the JSON path of the item the names belong to (<see cref="NameDeclaration.ItemPath"/>).</summary>
    public static NameOwner Item(string prefix, NameDeclaration name) => new(prefix, name.WireAt.JsonPath, name.WireAt.JsonPath.LastIndexOf('.'));

    public static implicit operator NameOwner(string text) => new(text, null, 0);

    public override string ToString() => _path is null ? _text : _text + _path.Substring(0, _pathLength);
}
