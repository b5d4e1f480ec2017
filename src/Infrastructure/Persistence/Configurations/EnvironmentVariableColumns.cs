using Invoke.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

/// <summary>The columns the function and project variable tables share.</summary>
internal static class EnvironmentVariableColumns
{
    public static void Configure<TVariable>(EntityTypeBuilder<TVariable> builder, string table)
        where TVariable : EnvironmentVariable
    {
        builder.ToTable(table);
        builder.HasKey(v => v.Id).HasName($"{table}_pkey");
        builder.Property(v => v.Id).UseSerialColumn();
        builder.Property(v => v.VariableName).HasMaxLength(EnvironmentVariable.NameMaxLength);
        builder.Property(v => v.CreatedAt).IsInsertTimestamp();
        builder.Property(v => v.UpdatedAt).IsTriggerTimestamp();
    }
}
