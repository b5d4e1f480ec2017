using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Invoke.Infrastructure.Persistence.Configurations;

internal static class EntityTypeBuilderExtensions
{
    /// <summary>
    /// An index with the original schema's name. The name must be set twice: the snake_case naming
    /// convention would otherwise replace the index's own name with a generated <c>ix_...</c> one.
    /// </summary>
    public static IndexBuilder<TEntity> HasIndexNamed<TEntity>(
        this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, object?>> columns, string name)
        where TEntity : class =>
        builder.HasIndex(columns, name).HasDatabaseName(name);
}
