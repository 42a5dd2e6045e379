namespace SevenIo.Generator.Model;

/// <summary>
/// One generated file: the slice of the model it is emitted from and nothing more, so that an edit
/// to one part of a spec re-emits only the files whose slice changed.
/// </summary>
internal abstract record GenerationUnit(string SpecPath, string Namespace, string TypeName)
{
    /// <summary>Stable and readable: <c>SevenIo.HooksClient.g.cs</c>.</summary>
    public string HintName => $"{Namespace}.{TypeName}.g.cs";
}

internal sealed record ClientUnit(string SpecPath, ClientModel Client)
    : GenerationUnit(SpecPath, Client.Namespace, Client.Name);

internal sealed record OptionsUnit(string SpecPath, string Namespace, string ClientName, string BaseAddress)
    : GenerationUnit(SpecPath, Namespace, ClientName + "Options");

internal sealed record GroupUnit(string SpecPath, string Namespace, GroupModel Group)
    : GenerationUnit(SpecPath, Namespace, Group.ClassName);

internal sealed record EnumUnit(string SpecPath, string Namespace, EnumModel Enum)
    : GenerationUnit(SpecPath, Namespace, Enum.Name);

internal sealed record ModelUnit(string SpecPath, string Namespace, ObjectModel Model)
    : GenerationUnit(SpecPath, Namespace, Model.Name);

internal sealed record ModelReaderUnit(string SpecPath, string Namespace, ObjectModel Model)
    : GenerationUnit(SpecPath, Namespace, Model.Name + "JsonReader");
