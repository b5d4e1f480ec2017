namespace Invoke.Api.Hosting;

/// <summary>
/// What this instance serves, from <c>Invoke:Roles</c> (<c>Invoke__Roles</c>, a comma list of <c>admin</c>,
/// <c>execution</c>, <c>gateway</c>, <c>scheduler</c>); every role when unset. Instances of any mix share one database.
/// </summary>
public sealed record InvokeRoles(bool Admin, bool Execution, bool Gateway, bool Scheduler)
{
    public const string ConfigurationKey = "Invoke:Roles";

    public static readonly InvokeRoles All = new(true, true, true, true);

    private static readonly string[] Known = ["admin", "execution", "gateway", "scheduler"];

    /// <exception cref="InvalidOperationException">The list names an unknown role or none at all.</exception>
    public static InvokeRoles From(IConfiguration configuration)
    {
        var value = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return All;
        }

        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.ToLowerInvariant())
            .ToHashSet();
        var unknown = names.Except(Known).ToList();
        if (unknown.Count > 0 || names.Count == 0)
        {
            throw new InvalidOperationException(
                $"Invoke__Roles must list some of {string.Join(", ", Known)}; '{value}' is not such a list.");
        }

        return new InvokeRoles(names.Contains("admin"), names.Contains("execution"), names.Contains("gateway"), names.Contains("scheduler"));
    }

    public override string ToString() => string.Join(",", Known.Where((_, i) => new[] { Admin, Execution, Gateway, Scheduler }[i]));
}
