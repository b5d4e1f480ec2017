using System.Text.RegularExpressions;
using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Common.Caching;
using Invoke.Application.Functions.Queries.GetFunctionList;
using MediatR;

namespace Invoke.Application.UnitTests.Caching;

/// <summary>Rules every cached query must follow for its invalidation to be complete.</summary>
public sealed partial class CachedQueryContractTests
{
    private static readonly Type[] CachedQueryTypes =
        [.. typeof(ICachedQuery<>).Assembly.GetTypes().Where(t => ResponseOf(t) is not null)];

    public static TheoryData<Type> CachedQueries => [.. CachedQueryTypes];

    [Fact]
    public void CachedQueries_ShouldIncludeTheHotReadPaths()
    {
        var names = CachedQueryTypes.Select(type => type.Name);

        Assert.Superset(
            new HashSet<string>
            {
                "GetAuthenticatedUserQuery", "GetApiKeyOwnerQuery", "GetUserProjectsQuery", "GetGlobalSettingsQuery",
                "GetFunctionEnvironmentQuery", "GetNetworkPoliciesQuery", "GetInvocationTargetQuery", "GetGatewayRoutesQuery",
                "GetFunctionListQuery", "GetScopeStatsQuery",
            },
            names.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(CachedQueries))]
    public void CachedQuery_ShouldBeARequestForTheResponseItCaches(Type query)
    {
        var response = ResponseOf(query)!;

        Assert.Contains(typeof(IRequest<>).MakeGenericType(response), query.GetInterfaces());
    }

    [Theory]
    [MemberData(nameof(CachedQueries))]
    public void CachedQueryResponse_ShouldHoldNoColumnWhoseChangesAreNotNotified_UnlessItAgesOut(Type query)
    {
        var properties = PropertyNames(ResponseOf(query)!, []).Select(SnakeCase);
        var declaresMaxAge = query.GetProperty(nameof(ICachedQuery<object>.MaxAge)) is not null;

        if (!declaresMaxAge)
        {
            Assert.Empty(properties.Intersect(CacheTags.UnnotifiedColumns));
        }
    }

    [Fact]
    public void ContractCheck_ShouldSeeTheFunctionListAsAgingOutAndTheUserAsNot()
    {
        Assert.NotNull(typeof(GetFunctionListQuery).GetProperty(nameof(ICachedQuery<object>.MaxAge)));
        Assert.Null(typeof(GetAuthenticatedUserQuery).GetProperty(nameof(ICachedQuery<object>.MaxAge)));
    }

    private static Type? ResponseOf(Type type) =>
        type.GetInterfaces()
            .SingleOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICachedQuery<>))
            ?.GetGenericArguments()[0];

    // Walks records and the element types of collections, dictionaries and nullables.
    private static IEnumerable<string> PropertyNames(Type type, HashSet<Type> seen)
    {
        if (type.IsPrimitive || type == typeof(string) || type == typeof(Guid) || type == typeof(DateTime) || !seen.Add(type))
        {
            return [];
        }

        if (type.IsGenericType)
        {
            return type.GetGenericArguments().SelectMany(argument => PropertyNames(argument, seen));
        }

        return type.GetProperties()
            .SelectMany(property => PropertyNames(property.PropertyType, seen).Prepend(property.Name));
    }

    private static string SnakeCase(string name) => Capitals().Replace(name, "_$1").TrimStart('_').ToLowerInvariant();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Capitals();
}
