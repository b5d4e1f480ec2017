namespace Invoke.Infrastructure.IntegrationTests.Schema;

public sealed class SchemaComparisonTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task MigratedSchema_ShouldEqualOriginalSchemaPlusDocumentedAdditions()
    {
        var expected = SchemaDump.Normalise(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schema", "expected-schema.sql")));

        var actual = SchemaDump.Normalise(await SchemaDump.DumpAsync(database.ConnectionString));

        var (missing, unexpected) = SchemaDump.Compare(expected, actual);
        Assert.True(
            missing.Count == 0 && unexpected.Count == 0,
            $"Missing from the migrated schema:\n  {string.Join("\n  ", missing)}\n" +
            $"Unexpected in the migrated schema:\n  {string.Join("\n  ", unexpected)}");
    }
}
