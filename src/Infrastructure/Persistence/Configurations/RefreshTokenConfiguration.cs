using Invoke.Domain.Sessions;
using Invoke.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("refresh_tokens");
        builder.HasKey(t => t.Id).HasName("refresh_tokens_pkey");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.TokenHash).HasMaxLength(RefreshToken.TokenHashLength);
        builder.Property(t => t.ClientIp).HasColumnType("inet");
        builder.Property(t => t.UserAgent).HasMaxLength(RefreshToken.UserAgentMaxLength);
        // A rotation updates the row only while it is still unused and unrevoked: of two refreshes racing with one
        // token, or a refresh racing a revocation, one loses instead of both going through.
        builder.Property(t => t.UsedAt).IsConcurrencyToken();
        builder.Property(t => t.RevokedAt).IsConcurrencyToken();

        // A deleted user's sessions go with them.
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId)
            .HasConstraintName("refresh_tokens_user_id_fkey").OnDelete(DeleteBehavior.Cascade);

        builder.HasIndexNamed(t => t.UserId, "idx_refresh_tokens_user_id");
        builder.HasIndexNamed(t => t.FamilyId, "idx_refresh_tokens_family_id");
        builder.HasIndexNamed(t => t.ExpiresAt, "idx_refresh_tokens_expires_at");
    }
}
