using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Invoke.Infrastructure.Persistence;

public static class InvokeDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// PostgreSQL with the conventions the model and its migrations were built with: snake_case names and
    /// EF's own <c>__EFMigrationsHistory</c> table (the naming convention would otherwise rename it); connections that a
    /// data error may have put out of step are not reused (<see cref="SuspectConnectorInterceptor"/>).
    /// </summary>
    public static DbContextOptionsBuilder UseInvokeDatabase(this DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryRepository.DefaultTableName))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(SuspectConnectorInterceptor.Instance);
}
