namespace SevenIo.Generator.Emitting;

/// <summary>The locals of a generated read method besides its <c>reader</c> parameter and the value it builds.</summary>
/// <param name="Items">The list an array (or dictionary) is read into.</param>
/// <param name="Cursor">The position in an array being read.</param>
/// <param name="Additional">The dictionary the members a model's spec does not name are read into.</param>
/// <param name="Key">The name of such a member.</param>
internal sealed record ReaderLocals(string Items, string Cursor, string Additional, string Key)
{
    public static ReaderLocals Pick(LocalNames names) =>
        new(names.Pick("items"), names.Pick("cursor"), names.Pick("additional"), names.Pick("name"));
}
