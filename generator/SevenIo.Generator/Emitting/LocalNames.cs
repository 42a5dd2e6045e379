using System.Collections.Generic;
using System.Globalization;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// The names an emitter picks for the locals of one method: seeded with every name already in that
/// scope (the model's parameters, the fields the method uses), each pick takes the preferred name or,
/// when it is taken, the first free one of <c>preferred2</c>, <c>preferred3</c>, ... The model decides
/// every name a user sees; what only the emitter needs never travels through it.
/// </summary>
internal sealed class LocalNames
{
    private readonly HashSet<string> _taken;

    public LocalNames(params string[] inScope)
        : this((IEnumerable<string>)inScope)
    {
    }

    public LocalNames(IEnumerable<string> inScope) => _taken = new HashSet<string>(inScope, System.StringComparer.Ordinal);

    public string Pick(string preferred)
    {
        var name = preferred;
        for (var i = 2; !_taken.Add(name); i++)
        {
            name = preferred + i.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }
}
