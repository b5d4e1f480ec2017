using Invoke.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal sealed class GlobalSettingConfiguration : IEntityTypeConfiguration<GlobalSetting>
{
    public void Configure(EntityTypeBuilder<GlobalSetting> builder)
    {
        builder.ToTable("global_settings");
        builder.HasKey(s => s.Id).HasName("global_settings_pkey");
        builder.Property(s => s.Id).UseSerialColumn();
        builder.Property(s => s.SettingKey).HasMaxLength(GlobalSetting.KeyMaxLength);
        builder.Property(s => s.UpdatedAt).IsInsertTimestamp();

        builder.HasIndexNamed(s => s.SettingKey, "global_settings_setting_key_key").IsUnique();
    }
}
