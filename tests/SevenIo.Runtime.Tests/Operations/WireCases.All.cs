using System;
using System.Collections.Generic;
using System.Linq;

namespace SevenIo.Runtime.Tests.Operations;

internal static partial class WireCases
{
    /// <summary>The wire case of every operation, by its name (<c>Sms.Send</c>).</summary>
    public static Dictionary<string, WireCase> All() => new[]
        {
            Messaging(),
            AddressBook(),
            Numbers(),
            Account(),
            Lookups(),
            Hooks(),
        }
        .SelectMany(cases => cases)
        .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
}
