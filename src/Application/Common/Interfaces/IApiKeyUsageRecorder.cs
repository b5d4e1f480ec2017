namespace Invoke.Application.Common.Interfaces;

/// <summary>
/// Counts uses of user API keys (<c>last_used</c>, <c>usage_count</c>) without writing to the database on every
/// request; the counts reach the database in batches (docs/adr/0010).
/// </summary>
public interface IApiKeyUsageRecorder
{
    void RecordUse(int apiKeyId);
}
