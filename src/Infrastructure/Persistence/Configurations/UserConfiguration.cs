using Invoke.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id).HasName("users_pkey");
        builder.Property(u => u.Id).UseSerialColumn();
        builder.Property(u => u.Username).HasMaxLength(User.UsernameMaxLength);
        builder.Property(u => u.Email).HasMaxLength(User.EmailMaxLength);
        builder.Property(u => u.PasswordHash).HasMaxLength(User.PasswordHashMaxLength);
        builder.Property(u => u.IsAdmin).HasColumnDefault(false);
        builder.Property(u => u.CreatedAt).IsInsertTimestamp();
        builder.Property(u => u.UpdatedAt).IsTriggerTimestamp();

        // Unique indexes here are created as the original's UNIQUE constraints by the migration.
        builder.HasIndexNamed(u => u.Username, "users_username_key").IsUnique();
        builder.HasIndexNamed(u => u.Email, "users_email_key").IsUnique();
    }
}
