using Invoke.ArchitectureTests.Scopes;
using NetArchTest.Rules;

namespace Invoke.ArchitectureTests.Rules;

public static class KeyValueStoreRules
{
    // The function runtime's key-value requests: they carry the invocation's project and check no user.
    private static readonly string[] RuntimeRequests =
    [
        "Commands.SetKvValue.SetKvValueCommand",
        "Commands.DeleteKvValue.DeleteKvValueCommand",
        "Commands.ClearKvValues.ClearKvValuesCommand",
        "Commands.IncrementKvValue.IncrementKvValueCommand",
        "Queries.GetKvValue.GetKvValueQuery",
        "Queries.HasKvValue.HasKvValueQuery",
        "Queries.ListKvKeys.ListKvKeysQuery",
    ];

    /// <summary>
    /// Only the key-value store's own folder (its function port) builds the runtime requests, so no endpoint can hand a
    /// client-chosen project id to a request that checks no user.
    /// </summary>
    public static TestResult RuntimeRequestsOnlyFromTheFunctionPort(ArchitectureScope scope)
    {
        var folder = $"{scope.Application}.KeyValueStore";
        return scope.AllTypes()
            .That().MeetCustomRule(new Satisfies(type => !type.IsInNamespace(folder)))
            .ShouldNot()
            .HaveDependencyOnAny([.. RuntimeRequests.Select(request => $"{folder}.{request}")])
            .GetResult();
    }
}
