namespace Invoke.Infrastructure.IntegrationTests.Schema;

public sealed class SchemaDumpTests
{
    private const string Dump = """
        --
        -- Name: t; Type: TABLE
        --
        SET statement_timeout = 0;
        \restrict abc

        CREATE TABLE public.t (
            a integer NOT NULL,
            b text
        );

        ALTER TABLE public.t OWNER TO postgres;

        CREATE FUNCTION public.f() RETURNS trigger
            LANGUAGE plpgsql
            AS $$
        BEGIN
            -- a comment inside the body;
            RETURN NEW;
        END;
        $$;

        CREATE INDEX t_a ON public.t USING btree (a);
        """;

    [Fact]
    public void Normalise_WhenDumpHasNoise_ShouldKeepOneLineStatementsAndFunctionSignatures()
    {
        var statements = SchemaDump.Normalise(Dump);

        Assert.Equal(
            ["CREATE INDEX t_a ON public.t USING btree (a);", "CREATE TABLE public.t ( a integer NOT NULL, b text );", "FUNCTION public.f()"],
            statements);
    }

    [Fact]
    public void Compare_WhenOnlyStatementOrderDiffers_ShouldFindNoDifference()
    {
        var reordered = SchemaDump.Normalise("CREATE INDEX t_a ON public.t USING btree (a);\nCREATE TABLE public.t (\n a integer NOT NULL,\n b text\n);\nALTER FUNCTION public.f() OWNER TO postgres;\n");

        var (missing, unexpected) = SchemaDump.Compare(SchemaDump.Normalise(Dump), reordered);

        Assert.Empty(missing);
        Assert.Empty(unexpected);
    }

    [Fact]
    public void Compare_WhenColumnOrderDiffers_ShouldReportBothTables()
    {
        var swapped = SchemaDump.Normalise(Dump.Replace("    a integer NOT NULL,\n    b text", "    b text,\n    a integer NOT NULL"));

        var (missing, unexpected) = SchemaDump.Compare(SchemaDump.Normalise(Dump), swapped);

        Assert.Equal(["CREATE TABLE public.t ( a integer NOT NULL, b text );"], missing);
        Assert.Equal(["CREATE TABLE public.t ( b text, a integer NOT NULL );"], unexpected);
    }
}
