using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SevenIo.GatewayEmulator;

/// <summary>
/// Contacts and groups, kept in memory. A contact carries the recorded shape: most details null,
/// the account's own fields among its properties (D6), the mobile number a string (D5); pages come
/// as <c>{"pagingMetadata": ..., "data": [...]}</c> with a limit of 30 whatever is asked (as recorded).
/// </summary>
public sealed partial class EmulatedGateway
{
    private const int PageLimit = 30;

    private readonly Lock _addressBookGate = new();
    private readonly List<StoredContact> _contacts = [];
    private readonly List<StoredGroup> _groups = [];
    private long _nextContactId = 14854206;
    private long _nextGroupId = 28901;

    private void AddAddressBook()
    {
        Route("GET", "/api/contacts", (context, _, p) => PageAsync(context, p, Snapshot(_contacts).Where(c => p["search"] is not { } s || c.Matches(s)).ToList(), WriteContact));
        Route("POST", "/api/contacts", (context, _, p) => Answer.JsonAsync(context, writer => WriteContact(writer, SaveContact(null, p)!)));
        Route("GET", "/api/contacts/(?<id>[0-9]+)", (context, m, _) => OneAsync(context, Find(_contacts, m, c => c.Id), WriteContact));
        Route("PATCH", "/api/contacts/(?<id>[0-9]+)", (context, m, p) => OneAsync(context, SaveContact(Find(_contacts, m, c => c.Id), p), WriteContact));
        Route("DELETE", "/api/contacts/(?<id>[0-9]+)", (context, m, _) => RemoveAsync(context, _contacts, Find(_contacts, m, c => c.Id), "Contact not found"));
        Route("GET", "/api/groups", (context, _, p) => PageAsync(context, p, Snapshot(_groups), WriteGroup));
        Route("POST", "/api/groups", (context, _, p) => Answer.JsonAsync(context, writer => WriteGroup(writer, SaveGroup(null, p)!)));
        Route("GET", "/api/groups/(?<id>[0-9]+)", (context, m, _) => OneAsync(context, Find(_groups, m, g => g.Id), WriteGroup));
        Route("PATCH", "/api/groups/(?<id>[0-9]+)", (context, m, p) => OneAsync(context, SaveGroup(Find(_groups, m, g => g.Id), p), WriteGroup));
        Route("DELETE", "/api/groups/(?<id>[0-9]+)", DeleteGroupAsync);
    }

    private List<T> Snapshot<T>(List<T> items)
    {
        lock (_addressBookGate)
        {
            return [.. items];
        }
    }

    private T? Find<T>(List<T> items, Match match, Func<T, long> id)
        where T : class
    {
        var wanted = long.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);
        lock (_addressBookGate)
        {
            return items.FirstOrDefault(item => id(item) == wanted);
        }
    }

    private static Task PageAsync<T>(HttpContext context, Parameters parameters, List<T> items, Action<Utf8JsonWriter, T> write)
    {
        var offset = int.TryParse(parameters["offset"], NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var page = items.Skip(offset).Take(PageLimit).ToList();
        return Answer.JsonAsync(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("pagingMetadata");
            writer.WriteNumber("offset", offset);
            writer.WriteNumber("count", page.Count);
            writer.WriteNumber("total", items.Count);
            writer.WriteNumber("limit", PageLimit);
            writer.WriteBoolean("has_more", offset + page.Count < items.Count);
            writer.WriteEndObject();
            writer.WriteStartArray("data");
            page.ForEach(item => write(writer, item));
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static Task OneAsync<T>(HttpContext context, T? item, Action<Utf8JsonWriter, T> write)
        where T : class =>
        item is null ? Answer.RefusedAsync(context, "Not found") : Answer.JsonAsync(context, writer => write(writer, item), contentType: "text/html; charset=UTF-8");

    private Task RemoveAsync<T>(HttpContext context, List<T> items, T? item, string missing)
        where T : class
    {
        if (item is null)
        {
            return Answer.RefusedAsync(context, missing);
        }

        lock (_addressBookGate)
        {
            items.Remove(item);
        }

        return Answer.SuccessAsync(context);
    }

    private Task DeleteGroupAsync(HttpContext context, Match match, Parameters parameters)
    {
        var group = Find(_groups, match, g => g.Id);
        if (group is not null && parameters.Flag("delete_contacts"))
        {
            lock (_addressBookGate)
            {
                _contacts.RemoveAll(c => c.Groups.Contains(group.Id));
            }
        }

        return RemoveAsync(context, _groups, group, "Group not found");
    }

    private StoredContact? SaveContact(StoredContact? existing, Parameters parameters)
    {
        lock (_addressBookGate)
        {
            if (existing is null && parameters is not null)
            {
                existing = new StoredContact(_nextContactId++, DateTime.Now);
                _contacts.Add(existing);
            }

            if (existing is null)
            {
                return null;
            }

            foreach (var field in StoredContact.Fields.Where(f => parameters![f] is not null))
            {
                existing.Properties[field] = parameters![field];
            }

            if (parameters!.List("groups") is { Count: > 0 } groups)
            {
                existing.Groups = groups.Select(g => long.Parse(g, CultureInfo.InvariantCulture)).ToList();
            }

            return existing;
        }
    }

    private StoredGroup? SaveGroup(StoredGroup? existing, Parameters parameters)
    {
        lock (_addressBookGate)
        {
            if (existing is null)
            {
                existing = new StoredGroup(_nextGroupId++, DateTime.Now);
                _groups.Add(existing);
            }

            existing.Name = parameters["name"] ?? existing.Name;
            return existing;
        }
    }

    private void WriteContact(Utf8JsonWriter writer, StoredContact contact)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", contact.Id);
        writer.WriteNull("avatar");
        writer.WriteStartObject("validation");
        writer.WriteNull("state");
        writer.WriteNull("timestamp");
        writer.WriteEndObject();
        writer.WriteStartObject("initials");
        var first = contact.Properties.GetValueOrDefault("firstname") ?? "?";
        var last = contact.Properties.GetValueOrDefault("lastname") ?? "?";
        writer.WriteString("initials", string.Concat(first.AsSpan(0, 1), last.AsSpan(0, 1)).ToUpperInvariant());
        writer.WriteString("color", "ADC4CE");
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        foreach (var field in StoredContact.Fields)
        {
            WriteNullable(writer, field, contact.Properties.GetValueOrDefault(field) ?? (field == "mobile_number" ? string.Empty : null));
        }

        // The account's own fields, as the gateway sends them (D6).
        writer.WriteNull("text");
        writer.WriteNumber("integer", 0);
        writer.WriteStartArray("multiple_selection");
        writer.WriteEndArray();
        writer.WriteString("checkbox", "off");
        writer.WriteEndObject();
        writer.WriteStartArray("groups");
        contact.Groups.ForEach(writer.WriteNumberValue);
        writer.WriteEndArray();
        writer.WriteString("created", Answer.Time(contact.Created));
        writer.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter writer, StoredGroup group)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", group.Id);
        writer.WriteString("name", group.Name);
        writer.WriteNumber("members_count", 0);
        writer.WriteString("created", Answer.Time(group.Created));
        writer.WriteEndObject();
    }

    private sealed class StoredContact(long id, DateTime created)
    {
        public static readonly string[] Fields = ["firstname", "lastname", "mobile_number", "home_number", "email", "address", "postal_code", "city", "birthday", "notes"];

        public long Id { get; } = id;

        public DateTime Created { get; } = created;

        public Dictionary<string, string?> Properties { get; } = new(StringComparer.Ordinal);

        public List<long> Groups { get; set; } = [];

        public bool Matches(string text) => Properties.Values.Any(v => v?.Contains(text, StringComparison.OrdinalIgnoreCase) == true);
    }

    private sealed class StoredGroup(long id, DateTime created)
    {
        public long Id { get; } = id;

        public DateTime Created { get; } = created;

        public string Name { get; set; } = string.Empty;
    }
}
