using System.Reflection;
using Invoke.ArchitectureTests.Rules;
using Invoke.ArchitectureTests.Violations.Domain.Model;
using NetArchTest.Rules;

namespace Invoke.ArchitectureTests.Scopes;

/// <summary>
/// The assemblies a rule examines and the namespaces that name its layers and exemptions. Every rule takes a scope, so
/// the same rule runs on the product and on the violations fixture, whose namespaces mirror the product's layers.
/// </summary>
public sealed class ArchitectureScope
{
    private readonly string _rootNamespace;

    private ArchitectureScope(string rootNamespace, params Assembly[] assemblies)
    {
        _rootNamespace = rootNamespace;
        Assemblies = assemblies;
    }

    public static ArchitectureScope Product { get; } = new(
        "Invoke",
        Assembly.Load("Invoke.Domain"),
        Assembly.Load("Invoke.Application"),
        Assembly.Load("Invoke.Infrastructure"),
        Assembly.Load("Invoke.Api"));

    public static ArchitectureScope ViolationFixture { get; } =
        new("Invoke.ArchitectureTests.Violations", typeof(WellFormedEntity).Assembly);

    public IReadOnlyList<Assembly> Assemblies { get; }

    public string Domain => $"{_rootNamespace}.Domain";

    public string Application => $"{_rootNamespace}.Application";

    public string Infrastructure => $"{_rootNamespace}.Infrastructure";

    public string Api => $"{_rootNamespace}.Api";

    public string MigrationsNamespace => $"{Infrastructure}.Persistence.Migrations";

    public string ScriptingNamespace => $"{Infrastructure}.Scripting";

    public string NetworkingNamespace => $"{Infrastructure}.Networking";

    public string ListenerFullName => $"{Infrastructure}.Notifications.PostgresNotificationListener";

    public Types AllTypes() => Types.InAssemblies(Assemblies);

    // Not NetArchTest's ResideInNamespace (a prefix match: "Invoke.Api" would take in "Invoke.ApiKeys") nor a regex
    // on Cecil's namespace, which is empty for nested internal types and would let them escape their layer's rules.
    public PredicateList TypesIn(string layerNamespace) =>
        AllTypes().That().MeetCustomRule(new Satisfies(type => type.IsInNamespace(layerNamespace)));
}
