using Invoke.Domain.ExecutionLogs;
using Invoke.Domain.Functions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class ExecutionLogConfiguration : IEntityTypeConfiguration<ExecutionLog>
{
    public void Configure(EntityTypeBuilder<ExecutionLog> builder)
    {
        builder.ToTable("execution_logs");
        builder.HasKey(l => l.Id).HasName("execution_logs_pkey");
        builder.Property(l => l.Id).UseSerialColumn();
        builder.Property(l => l.RequestHeaders).HasColumnType("jsonb");
        builder.Property(l => l.ResponseHeaders).HasColumnType("jsonb");
        builder.Property(l => l.RequestMethod).HasMaxLength(ExecutionLog.RequestMethodMaxLength);
        builder.Property(l => l.ConsoleLogs).HasColumnType("jsonb");
        builder.Property(l => l.ClientIp).HasColumnType("inet");
        builder.Property(l => l.ApiKeyUsed).HasColumnDefault(false);
        builder.Property(l => l.ExecutedAt).IsInsertTimestamp();

        builder.HasOne<Function>().WithMany().HasForeignKey(l => l.FunctionId)
            .HasConstraintName("execution_logs_function_id_fkey").OnDelete(DeleteBehavior.Cascade);

        builder.HasIndexNamed(l => l.FunctionId, "execution_logs_function_id");
        builder.HasIndexNamed(l => l.ExecutedAt, "execution_logs_executed_at");
        builder.HasIndexNamed(l => l.StatusCode, "execution_logs_status_code");
        builder.HasIndexNamed(l => l.ExecutionTimeMs, "execution_logs_execution_time_ms");

        // Invoke's own: covering indexes whose index-only scans keep the dashboard and log lists independent of
        // the table's size (see the AddExecutionLogQueryIndexes migration for the queries each one serves).
        builder.HasIndexNamed(l => l.ExecutedAt, "execution_logs_executed_at_covering")
            .IncludeProperties(l => new { l.FunctionId, l.StatusCode, l.ExecutionTimeMs });
        builder.HasIndexNamed(l => new { l.FunctionId, l.ExecutedAt, l.Id }, "execution_logs_function_id_executed_at")
            .IncludeProperties(l => new { l.StatusCode, l.ExecutionTimeMs });
    }
}
