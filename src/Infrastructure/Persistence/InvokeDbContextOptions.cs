using Microsoft.EntityFrameworkCore;

namespace Invoke.Infrastructure.Persistence;

/// <summary>
/// The provider settings of <see cref="InvokeDbContext"/>, shared by the running application and the design-time
/// factory so that migrations are generated and applied with the same conventions.
/// </summary>
public static class InvokeDbContextOptions
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory";

    public static DbContextOptionsBuilder UseInvokeNpgsql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            .UseSnakeCaseNamingConvention();
}
