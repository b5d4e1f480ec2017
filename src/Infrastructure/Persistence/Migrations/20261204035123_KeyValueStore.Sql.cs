namespace Invoke.Infrastructure.Persistence.Migrations;

/// <summary>
/// Adopts the rows the original's Keyv store wrote: the project from the key's namespace (rows of no existing project
/// keep a null project and stay invisible), the expiry from the envelope's trailing <c>"expires"</c>, the size as the
/// stored bytes, and one usage counter per project holding the sum (docs/adr/0030).
/// </summary>
public partial class KeyValueStore
{
    private const string AdoptExistingEntries = """
        UPDATE project_kv_store AS entry SET project_id = project.id
            FROM projects AS project
            WHERE entry.project_id IS NULL AND left(entry.key, 37) = project.id::text || ':';
        UPDATE project_kv_store SET
            size_bytes = octet_length(key) + coalesce(octet_length(value), 0),
            expires_at = CASE WHEN value ~ '"expires":[0-9]{1,15}\}$'
                THEN to_timestamp(substring(value FROM '"expires":([0-9]{1,15})\}$')::bigint / 1000.0) END;
        INSERT INTO project_kv_usage (project_id, used_bytes)
            SELECT project.id, coalesce((SELECT sum(entry.size_bytes) FROM project_kv_store AS entry WHERE entry.project_id = project.id), 0)
            FROM projects AS project;
        """;
}
