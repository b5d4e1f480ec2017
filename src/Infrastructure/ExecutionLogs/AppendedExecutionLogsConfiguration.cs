using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.ExecutionLogs;

internal sealed class AppendedExecutionLogsConfiguration : IEntityTypeConfiguration<AppendedExecutionLogs>
{
    public void Configure(EntityTypeBuilder<AppendedExecutionLogs> builder) =>
        builder.HasNoKey().ToTable((string?)null);
}
