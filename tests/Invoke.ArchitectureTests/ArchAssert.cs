using NetArchTest.Rules;

namespace Invoke.ArchitectureTests;

internal static class ArchAssert
{
    public static void Passes(TestResult result) =>
        Assert.True(result.IsSuccessful, "Broken by: " + string.Join(", ", result.FailingTypeNames ?? []));

    // Exact equality, so a rule that flags everything, or only some of the breaches, fails as surely as one that flags nothing.
    public static void FlagsExactly(TestResult result, params Type[] expected)
    {
        Assert.False(result.IsSuccessful, "The rule passed the violations fixture.");
        SameTypes(expected, result.FailingTypeNames!);
    }

    public static void SameTypes(IEnumerable<Type> expected, IEnumerable<string> flaggedFullNames)
    {
        var expectedNames = expected.Select(CecilFullName).ToHashSet(StringComparer.Ordinal);
        var flagged = flaggedFullNames.ToHashSet(StringComparer.Ordinal);

        var missed = expectedNames.Except(flagged).Order(StringComparer.Ordinal);
        var unexpected = flagged.Except(expectedNames).Order(StringComparer.Ordinal);

        Assert.True(
            expectedNames.SetEquals(flagged),
            $"Not flagged: [{string.Join(", ", missed)}]. Flagged unexpectedly: [{string.Join(", ", unexpected)}].");
    }

    // Cecil separates nested types with '/', reflection with '+'.
    private static string CecilFullName(Type type) => type.FullName!.Replace('+', '/');
}
