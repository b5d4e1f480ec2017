using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Identity;

internal sealed class LoginAttemptConfiguration : IEntityTypeConfiguration<LoginAttempt>
{
    public void Configure(EntityTypeBuilder<LoginAttempt> builder)
    {
        builder.ToTable("login_attempts");
        builder.HasKey(a => a.Key).HasName("login_attempts_pkey");
        builder.Property(a => a.Key).HasMaxLength(LoginAttempt.KeyMaxLength);
        // Stale counters are deleted by age.
        builder.HasIndex(a => a.LastFailureAt, "idx_login_attempts_last_failure_at")
            .HasDatabaseName("idx_login_attempts_last_failure_at");
    }
}
