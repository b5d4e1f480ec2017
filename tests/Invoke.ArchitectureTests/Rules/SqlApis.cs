namespace Invoke.ArchitectureTests.Rules;

/// <summary>
/// The APIs the IL scan denies, mirroring BannedSymbols.txt. The scan matches a call's declaring type, so it lists
/// the base-class members (DbCommand.ExecuteScalar) that C# binds to even when the receiver is an NpgsqlCommand.
/// </summary>
public static class SqlApis
{
    private const string RelationalDatabase = "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions";
    private const string RelationalQueryable = "Microsoft.EntityFrameworkCore.RelationalQueryableExtensions";
    private const string HasComputedColumnSql = nameof(HasComputedColumnSql);

    private static readonly string[] CommandExecution =
        ["ExecuteNonQuery", "ExecuteNonQueryAsync", "ExecuteScalar", "ExecuteScalarAsync", "ExecuteReader", "ExecuteReaderAsync"];

    /// <summary>Everything that sends SQL text to the server, from EF Core down to ADO.NET.</summary>
    public static DeniedMembers RawSql { get; } = NpgsqlCommands()
        .Members(
            RelationalDatabase,
            "ExecuteSqlRaw", "ExecuteSqlRawAsync", "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync",
            "ExecuteSql", "ExecuteSqlAsync", "SqlQuery", "SqlQueryRaw", "GetDbConnection")
        .Members(RelationalQueryable, "FromSqlRaw", "FromSqlInterpolated", "FromSql", "CreateDbCommand")
        .Members("Microsoft.EntityFrameworkCore.RelationalEntityTypeBuilderExtensions", "ToSqlQuery")
        .Members("Microsoft.EntityFrameworkCore.RelationalPropertyBuilderExtensions", HasComputedColumnSql)
        .Members("Microsoft.EntityFrameworkCore.RelationalPrimitiveCollectionBuilderExtensions", HasComputedColumnSql)
        .Members("Microsoft.EntityFrameworkCore.RelationalComplexTypePropertyBuilderExtensions", HasComputedColumnSql)
        .Members("Microsoft.EntityFrameworkCore.RelationalComplexTypePrimitiveCollectionBuilderExtensions", HasComputedColumnSql)
        .EveryMemberOf("Microsoft.EntityFrameworkCore.Storage.IRawSqlCommandBuilder")
        .Members(
            "Npgsql.NpgsqlConnection",
            "BeginBinaryImport", "BeginBinaryImportAsync", "BeginBinaryExport", "BeginBinaryExportAsync",
            "BeginTextImport", "BeginTextImportAsync", "BeginTextExport", "BeginTextExportAsync",
            "BeginRawBinaryCopy", "BeginRawBinaryCopyAsync")
        .Members("System.Data.Common.DbConnection", "CreateCommand", "CreateBatch")
        .Members("System.Data.IDbConnection", "CreateCommand")
        .Members("System.Data.Common.DbDataSource", "CreateCommand", "CreateBatch")
        .Members("System.Data.Common.DbProviderFactory", "CreateCommand", "CreateBatch")
        .Members("System.Data.Common.DbCommand", ["set_CommandText", .. CommandExecution])
        .Members("System.Data.IDbCommand", ["set_CommandText", .. CommandExecution])
        .Members("System.Data.Common.DbBatch", CommandExecution)
        .Members("System.Data.Common.DbBatchCommand", "set_CommandText")
        .EverythingIn("Dapper");

    /// <summary>
    /// Receiving NOTIFY, plus the Npgsql command APIs that LISTEN is sent with. Migrations may write SQL, but they
    /// may not do either: only the listener holds a LISTENing connection.
    /// </summary>
    public static DeniedMembers NotificationListening { get; } = NpgsqlCommands()
        .Members("Npgsql.NpgsqlConnection", "add_Notification", "remove_Notification", "Wait", "WaitAsync");

    private static DeniedMembers NpgsqlCommands() => new DeniedMembers()
        .EveryMemberOf("Npgsql.NpgsqlCommand", "Npgsql.NpgsqlBatch", "Npgsql.NpgsqlBatchCommand")
        .Members("Npgsql.NpgsqlConnection", "CreateCommand", "CreateBatch")
        .Members("Npgsql.NpgsqlDataSource", "CreateCommand", "CreateBatch");
}
