using Invoke.Domain.Functions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class FunctionEnvironmentVariableConfiguration : IEntityTypeConfiguration<FunctionEnvironmentVariable>
{
    public void Configure(EntityTypeBuilder<FunctionEnvironmentVariable> builder)
    {
        EnvironmentVariableColumns.Configure(builder, "function_environment_variables");

        builder.HasOne<Function>().WithMany().HasForeignKey(v => v.FunctionId)
            .HasConstraintName("function_environment_variables_function_id_fkey").OnDelete(DeleteBehavior.Cascade);

        builder.HasIndexNamed(v => new { v.FunctionId, v.VariableName }, "uq_env_var").IsUnique();
        builder.HasIndexNamed(v => v.FunctionId, "function_environment_variables_function_id");
        builder.HasIndexNamed(v => new { v.FunctionId, v.VariableName }, "function_environment_variables_function_id_variable_name");
    }
}
