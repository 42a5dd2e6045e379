using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>
/// What the generated models promise about null: a member typed without <c>?</c> is never null,
/// whether the model was made with <c>new</c> or read from any recorded answer; collections the
/// gateway leaves out are empty.
/// </summary>
public sealed class NeverNullTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly Type[] ModelTypes = typeof(SevenClient).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == "SevenIo" && t.IsClass && !t.IsAbstract && t.GetCustomAttribute<System.CodeDom.Compiler.GeneratedCodeAttribute>() is not null)
        .Where(t => t.GetConstructor(Type.EmptyTypes) is not null && !t.Name.EndsWith("Client", StringComparison.Ordinal) && !t.Name.EndsWith("Options", StringComparison.Ordinal))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<Type> Models => new(ModelTypes);

    [Theory]
    [MemberData(nameof(Models))]
    public void A_model_made_with_new_holds_no_null_where_its_type_says_not_null(Type model)
    {
        var instance = Activator.CreateInstance(model)!;

        Assert.Empty(NullsWhereNotNull(instance, model.Name, collectionsToo: false));
    }

    [Fact]
    public void The_models_are_found()
    {
        Assert.True(ModelTypes.Length > 60, $"{ModelTypes.Length} models");
        Assert.Contains(typeof(DispatchResult), ModelTypes);
    }

    [Theory]
    [MemberData(nameof(GatewayOperationTests.Operations), MemberType = typeof(GatewayOperationTests))]
    public async Task Every_recorded_answer_reads_without_a_null_collection_or_null_where_the_type_says_not_null(string operation)
    {
        var wire = GatewayOperationTests.Case(operation);
        await using var server = await Gateway.AnswerAsync(200, "application/json", wire.Answer);

        var result = await wire.Call(Gateway.Client(server.BaseAddress));

        Assert.Empty(NullsWhereNotNull(result, operation, collectionsToo: true));
    }

    [Fact]
    public async Task A_dispatch_answer_without_messages_reads_as_an_empty_list()
    {
        await using var server = await Gateway.JsonAsync("""{"success":"100","total_price":0,"balance":1,"debug":"false","sms_type":"direct"}""");

        var result = await Gateway.Client(server.BaseAddress).Sms.SendAsync("49170123456", "Hi");

        Assert.Empty(result.Messages);
    }

    /// <summary>
    /// The paths of every member, through the whole object graph, that is null although its type
    /// says it is not; with <paramref name="collectionsToo"/>, also every collection that is null
    /// (a model the client sends keeps null for "not sent", so only answers are held to that).
    /// </summary>
    private static List<string> NullsWhereNotNull(object root, string name, bool collectionsToo)
    {
        var found = new List<string>();
        Walk(root, name, collectionsToo, found, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return found;
    }

    private static void Walk(object value, string path, bool collectionsToo, List<string> found, HashSet<object> seen)
    {
        if (value is string || value.GetType().IsValueType || !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items and not IDictionary)
        {
            var i = 0;
            foreach (var item in items)
            {
                if (item is not null)
                {
                    Walk(item, $"{path}[{i}]", collectionsToo, found, seen);
                }

                i++;
            }

            return;
        }

        if (value.GetType().Assembly != typeof(SevenClient).Assembly)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var member = property.GetValue(value);
            if (member is null)
            {
                var collection = property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType);
                if ((!property.PropertyType.IsValueType && Nullability.Create(property).ReadState == NullabilityState.NotNull) || (collectionsToo && collection))
                {
                    found.Add($"{path}.{property.Name}");
                }

                continue;
            }

            Walk(member, $"{path}.{property.Name}", collectionsToo, found, seen);
        }
    }
}
