using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.KeyValueStore;

public static class KvData
{
    public static Task SetKvLimitAsync(this InvokeApiFactory factory, Guid projectId, long bytes) =>
        factory.ExecuteDbAsync(async context =>
        {
            var project = await context.Projects.SingleAsync(p => p.Id == projectId);
            project.ChangeKvStorageLimit(bytes);
            await context.SaveChangesAsync();
        });

    /// <summary>The project's counter (0 before its first write), the sum of its stored entries' sizes, and their number.</summary>
    public static Task<(long Counter, long Stored, int Entries)> KvUsageAsync(this InvokeApiFactory factory, Guid projectId) =>
        factory.QueryDbAsync(async db => (
            await db.ProjectKvUsages.Where(u => u.ProjectId == projectId).Select(u => u.UsedBytes).SingleOrDefaultAsync(),
            await db.ProjectKvEntries.Where(e => e.ProjectId == projectId).SumAsync(e => e.SizeBytes),
            await db.ProjectKvEntries.CountAsync(e => e.ProjectId == projectId)));
}
