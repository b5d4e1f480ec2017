using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Invoke.Infrastructure.IntegrationTests.Migrations;

public sealed class SeedTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly (string Value, string Description)[] OriginalDenyRanges =
    [
        ("10.0.0.0/8", "Block private network (RFC1918)"),
        ("172.16.0.0/12", "Block private network (RFC1918)"),
        ("192.168.0.0/16", "Block private network (RFC1918)"),
        ("127.0.0.0/8", "Block loopback"),
        ("fc00::/7", "Block IPv6 ULA (RFC4193)"),
        ("fe80::/10", "Block IPv6 link-local"),
        ("::1/128", "Block IPv6 loopback"),
    ];

    private static readonly string[] AddedDenyRanges =
    [
        "169.254.0.0/16", "0.0.0.0/8", "100.64.0.0/10", "224.0.0.0/4", "240.0.0.0/4",
        "192.0.0.0/24", "198.18.0.0/15", "64:ff9b::/96", "2002::/16", "ff00::/8",
    ];

    [Fact]
    public async Task GlobalSettings_ShouldHoldTheOriginalDefaults()
    {
        await using var context = database.CreateContext();

        var settings = await context.GlobalSettings.OrderBy(s => s.Id).Select(s => new { s.SettingKey, s.SettingValue }).ToListAsync();

        Assert.Equal(
            [
                new { SettingKey = "log_retention_type", SettingValue = "time" },
                new { SettingKey = "log_retention_value", SettingValue = "7" },
                new { SettingKey = "log_retention_enabled", SettingValue = "true" },
                new { SettingKey = "function_base_url", SettingValue = "https://localhost:3001/invoke" },
                new { SettingKey = "kv_storage_limit_bytes", SettingValue = "1073741824" },
                new { SettingKey = "api_gateway_domain", SettingValue = string.Empty },
                new { SettingKey = "execution_default_timeout_seconds", SettingValue = "30" },
                new { SettingKey = "execution_max_timeout_seconds", SettingValue = "60" },
                new { SettingKey = "execution_default_memory_mb", SettingValue = "256" },
                new { SettingKey = "execution_max_memory_mb", SettingValue = "1024" },
            ],
            settings);
        Assert.All(await context.GlobalSettings.ToListAsync(), s => Assert.False(string.IsNullOrEmpty(s.Description)));
    }

    [Fact]
    public async Task DefaultProject_ShouldExistWithTheOriginalValues()
    {
        await using var context = database.CreateContext();

        var project = await context.Projects.SingleAsync(p => p.Id == Project.DefaultProjectId);

        Assert.Equal(
            ("Default Project", "Your first default project", "default-project", (bool?)true, (long?)1_073_741_824, (int?)null),
            (project.Name, project.Description, project.Slug, project.IsActive, project.KvStorageLimitBytes, project.CreatedBy));
    }

    [Fact]
    public async Task GlobalNetworkPolicies_ShouldDenyTheOriginalRangesFirstThenTheReservedRangesItMissed()
    {
        await using var context = database.CreateContext();

        var policies = await context.GlobalNetworkPolicies.OrderBy(p => p.Priority).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 17), policies.Select(p => p.Priority));
        Assert.All(policies, p => Assert.Equal(("deny", "cidr"), (p.Action, p.TargetType)));
        Assert.Equal(OriginalDenyRanges, policies.Take(7).Select(p => (p.TargetValue, p.Description!)));
        Assert.Equal(AddedDenyRanges, policies.Skip(7).Select(p => p.TargetValue));
    }

    [Fact]
    public async Task DefaultProject_ShouldHaveACopyOfEveryGlobalPolicy()
    {
        await using var context = database.CreateContext();

        var global = await context.GlobalNetworkPolicies.OrderBy(p => p.Priority)
            .Select(p => new { p.Action, p.TargetType, p.TargetValue, p.Description, p.Priority }).ToListAsync();
        var copied = await context.ProjectNetworkPolicies.Where(p => p.ProjectId == Project.DefaultProjectId).OrderBy(p => p.Priority)
            .Select(p => new { p.Action, p.TargetType, p.TargetValue, p.Description, p.Priority }).ToListAsync();

        Assert.Equal(global, copied);
    }

    [Fact]
    public async Task SequelizeMeta_ShouldListTheSevenOriginalMigrations()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT name FROM "SequelizeMeta" ORDER BY name""", connection);
        var names = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        Assert.Equal(
            [
                "001_initial_schema.js", "002_add_network_policies.js", "003_add_api_gateway.js", "004_add_middleware_auth.js",
                "005_auth_method_sort_order.js", "006_add_execution_notify_triggers.js", "007_jwt_mode_backfill.js",
            ],
            names);
    }
}
