using Invoke.Domain.ApiKeys;
using Invoke.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id).HasName("api_keys_pkey");
        builder.Property(k => k.Id).UseSerialColumn();
        builder.Property(k => k.KeyHash).HasMaxLength(ApiKey.KeyHashLength);
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength);
        builder.Property(k => k.IsActive).HasColumnDefault(true);
        builder.Property(k => k.CreatedAt).IsInsertTimestamp();
        builder.Property(k => k.UsageCount).HasColumnDefault(0);

        builder.HasOne<User>().WithMany().HasForeignKey(k => k.CreatedBy)
            .HasConstraintName("api_keys_created_by_fkey").OnDelete(DeleteBehavior.NoAction);

        builder.HasIndexNamed(k => k.KeyHash, "api_keys_key_hash_key").IsUnique();
        builder.HasIndexNamed(k => k.KeyHash, "api_keys_key_hash");
        builder.HasIndexNamed(k => k.IsActive, "api_keys_is_active");
    }
}
