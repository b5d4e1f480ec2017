using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal static class ColumnConventions
{
    /// <summary>
    /// Keeps the original's column default for other writers (the original services share the database),
    /// while Invoke always writes the value its entities hold.
    /// </summary>
    public static PropertyBuilder<T> HasColumnDefault<T>(this PropertyBuilder<T> property, T value) =>
        property.HasDefaultValue(value).ValueGeneratedNever();

    /// <inheritdoc cref="HasColumnDefault{T}"/>
    public static PropertyBuilder<T> HasColumnDefaultSql<T>(this PropertyBuilder<T> property, string sql) =>
        property.HasDefaultValueSql(sql).ValueGeneratedNever();

    /// <summary>Filled by the database on insert (<c>DEFAULT now()</c>) and read back.</summary>
    public static PropertyBuilder<DateTime?> IsInsertTimestamp(this PropertyBuilder<DateTime?> property) =>
        property.HasDefaultValueSql("now()");

    /// <summary>
    /// Filled on insert and refreshed on every update by the <c>update_updated_at_column</c> trigger; read back
    /// after each save.
    /// </summary>
    public static PropertyBuilder<DateTime?> IsTriggerTimestamp(this PropertyBuilder<DateTime?> property) =>
        property.HasDefaultValueSql("now()").ValueGeneratedOnAddOrUpdate();

    /// <summary>A CHECK that the column holds one of the values, written as the original wrote it.</summary>
    public static string OneOf(string column, IEnumerable<string> values) =>
        $"{column} IN ({string.Join(", ", values.Select(value => $"'{value}'"))})";
}
