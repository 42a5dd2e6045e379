using System;
using System.Collections.Generic;
using Xunit;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>Contacts and groups, with the contact as rec-2024 recorded it (D4 to D6).</summary>
internal static partial class WireCases
{
    private const string ContactAnswer = """
        {"id":14854206,"avatar":null,"validation":{"state":null,"timestamp":null},"initials":{"initials":"TT","color":"ADC4CE"},
         "properties":{"firstname":"Tim","lastname":"Testerson","mobile_number":"","home_number":"","email":null,"address":null,
           "postal_code":null,"city":null,"birthday":null,"notes":null,"fullname":"Tim Testerson","phone_number":null,"text":null,
           "integer":0,"decimal":0,"date":null,"single_selection":null,"multiple_selection":[],"checkbox":"off","mail":null,"textarea":null},
         "groups":[],"created":"2024-11-07 09:24:53"}
        """;

    private const string GroupAnswer = """{"id":28901,"name":"Customers","members_count":0,"created":"2024-11-07 09:41:33"}""";

    public static IEnumerable<KeyValuePair<string, WireCase>> AddressBook()
    {
        yield return new("Contacts.List", WireCase.Of(
            c => c.Contacts.ListAsync(search: "Tim", limit: 10, offset: 20, groupId: 5, orderBy: "lastname", orderDirection: OrderDirection.Descending),
            "GET", "/api/contacts", "?search=Tim&limit=10&offset=20&group_id=5&order_by=lastname&order_direction=desc", null, string.Empty,
            $$"""{"pagingMetadata":{"offset":20,"count":1,"total":21,"limit":30,"has_more":false},"data":[{{ContactAnswer}}]}""",
            r =>
            {
                Assert.Equal((20, 1, 21, 30, false), (r.PagingMetadata.Offset, r.PagingMetadata.Count, r.PagingMetadata.Total, r.PagingMetadata.Limit, r.PagingMetadata.HasMore));
                AssertContact(Assert.Single(r.Contacts));
            }));

        yield return new("Contacts.Create", WireCase.Of(
            c => c.Contacts.CreateAsync(new ContactsCreateOptions { FirstName = "Tim", LastName = "Testerson", MobileNumber = "4917012345", Birthday = new DateTime(1990, 1, 31), Groups = [5, 6] }),
            "POST", "/api/contacts", string.Empty, WireCase.Form,
            "firstname=Tim&lastname=Testerson&mobile_number=4917012345&birthday=1990-01-31&groups%5B0%5D=5&groups%5B1%5D=6",
            ContactAnswer,
            AssertContact));

        yield return new("Contacts.Get", WireCase.Of(
            c => c.Contacts.GetAsync(14854206),
            "GET", "/api/contacts/14854206", string.Empty, null, string.Empty, ContactAnswer, AssertContact));

        yield return new("Contacts.Update", WireCase.Of(
            c => c.Contacts.UpdateAsync(14854206, new ContactsUpdateOptions { FirstName = "Timmy", Notes = "VIP" }),
            "PATCH", "/api/contacts/14854206", string.Empty, WireCase.Form, "firstname=Timmy&notes=VIP", ContactAnswer, AssertContact));

        yield return new("Contacts.Delete", WireCase.Of(
            c => c.Contacts.DeleteAsync(14854206),
            "DELETE", "/api/contacts/14854206", string.Empty, null, string.Empty,
            """{"success":true,"error":null}""",
            r => Assert.Equal((true, (string?)null), (r.Success, r.Error))));

        yield return new("Groups.List", WireCase.Of(
            c => c.Groups.ListAsync(limit: 5, offset: 0),
            "GET", "/api/groups", "?limit=5&offset=0", null, string.Empty,
            $$"""{"pagingMetadata":{"offset":0,"count":1,"total":27,"limit":30,"has_more":true},"data":[{{GroupAnswer}}]}""",
            r =>
            {
                Assert.True(r.PagingMetadata.HasMore);
                AssertGroup(Assert.Single(r.Groups));
            }));

        yield return new("Groups.Create", WireCase.Of(
            c => c.Groups.CreateAsync("Customers"),
            "POST", "/api/groups", string.Empty, WireCase.Form, "name=Customers", GroupAnswer, AssertGroup));

        yield return new("Groups.Get", WireCase.Of(
            c => c.Groups.GetAsync(28901),
            "GET", "/api/groups/28901", string.Empty, null, string.Empty, GroupAnswer, AssertGroup));

        yield return new("Groups.Update", WireCase.Of(
            c => c.Groups.UpdateAsync(28901, "Customers"),
            "PATCH", "/api/groups/28901", string.Empty, WireCase.Form, "name=Customers", GroupAnswer, AssertGroup));

        yield return new("Groups.Delete", WireCase.Of(
            c => c.Groups.DeleteAsync(28901, deleteContacts: true),
            "DELETE", "/api/groups/28901", "?delete_contacts=true", null, string.Empty,
            """{"success":true}""",
            r => Assert.True(r.Success)));
    }

    private static void AssertContact(Contact contact)
    {
        Assert.Equal((14854206L, (string?)null, "TT", "ADC4CE"), (contact.Id, contact.Avatar, contact.Initials!.Initials, contact.Initials.Color));
        Assert.Equal(((ContactValidationState?)null, (string?)null), (contact.Validation!.State, contact.Validation.Timestamp));
        var properties = contact.Properties;
        Assert.Equal(("Tim", "Testerson", "Tim Testerson", string.Empty, (string?)null), (properties.FirstName, properties.LastName, properties.FullName, properties.MobileNumber, properties.Email));

        // The account's own fields (D6) are kept as the gateway sent them.
        Assert.Equal("off", properties.AdditionalProperties["checkbox"].GetString());
        Assert.Equal(0, properties.AdditionalProperties["integer"].GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, properties.AdditionalProperties["multiple_selection"].ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, properties.AdditionalProperties["textarea"].ValueKind);
        Assert.Empty(contact.Groups);
        Assert.Equal(new DateTime(2024, 11, 7, 9, 24, 53), contact.Created);
    }

    private static void AssertGroup(Group group) =>
        Assert.Equal((28901L, "Customers", (int?)0, (DateTime?)new DateTime(2024, 11, 7, 9, 41, 33)), (group.Id, group.Name, group.MembersCount, group.Created));
}
