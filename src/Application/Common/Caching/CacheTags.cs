namespace Invoke.Application.Common.Caching;

/// <summary>
/// The tags of the cached queries, spelled the way the NOTIFY triggers report changes: table and column names of the
/// database, and the id columns each trigger puts in its payload (migration <c>CacheInvalidationTriggers</c>).
/// </summary>
public static class CacheTags
{
    /// <summary>
    /// Columns whose changes notify nobody: they change on every invocation, login, key use or scheduler run, and would
    /// otherwise evict the hottest entries all the time. A cached result contains them only with a
    /// <see cref="ICachedQuery{TResponse}.MaxAge"/>, which bounds how old they can be.
    /// </summary>
    public static readonly IReadOnlyList<string> UnnotifiedColumns =
    [
        "updated_at", "last_login", "last_used", "usage_count", "execution_count", "last_executed", "next_execution",
        "last_scheduled_execution", "schedule_failure_count", "schedule_running_until",
    ];

    public static CacheTag User(int userId) => CacheTag.Where("users", "id", userId);

    public static CacheTag ApiKey(int apiKeyId) => CacheTag.Where("api_keys", "id", apiKeyId);

    public static CacheTag ApiKeys { get; } = CacheTag.WholeTable("api_keys");

    public static CacheTag Project(Guid projectId) => CacheTag.Where("projects", "id", projectId);

    public static CacheTag Projects { get; } = CacheTag.WholeTable("projects");

    public static CacheTag Users { get; } = CacheTag.WholeTable("users");

    public static CacheTag MembershipsOfUser(int userId) => CacheTag.Where("project_memberships", "user_id", userId);

    public static CacheTag Function(Guid functionId) => CacheTag.Where("functions", "id", functionId);

    public static CacheTag Functions { get; } = CacheTag.WholeTable("functions");

    public static CacheTag FunctionsOfProject(Guid projectId) => CacheTag.Where("functions", "project_id", projectId);

    public static CacheTag FunctionVersions { get; } = CacheTag.WholeTable("function_versions");

    public static CacheTag VersionsOfFunction(Guid functionId) => CacheTag.Where("function_versions", "function_id", functionId);

    public static CacheTag EnvironmentOfFunction(Guid functionId) =>
        CacheTag.Where("function_environment_variables", "function_id", functionId);

    public static CacheTag EnvironmentOfProject(Guid projectId) =>
        CacheTag.Where("project_environment_variables", "project_id", projectId);

    public static CacheTag GlobalNetworkPolicies { get; } = CacheTag.WholeTable("global_network_policies");

    public static CacheTag ProjectNetworkPolicies(Guid projectId) =>
        CacheTag.Where("project_network_policies", "project_id", projectId);

    public static CacheTag GlobalSettings { get; } = CacheTag.WholeTable("global_settings");

    public static CacheTag GlobalSetting(string settingKey) => CacheTag.Where("global_settings", "setting_key", settingKey);

    /// <summary>Every table the gateway configuration is read from; their trigger names no row.</summary>
    public static IReadOnlyList<CacheTag> Gateway { get; } =
    [
        CacheTag.WholeTable("api_gateway_configs"),
        CacheTag.WholeTable("api_gateway_routes"),
        CacheTag.WholeTable("api_gateway_route_settings"),
        CacheTag.WholeTable("api_gateway_auth_methods"),
        CacheTag.WholeTable("api_gateway_route_auth_methods"),
    ];
}
