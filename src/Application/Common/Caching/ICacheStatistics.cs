namespace Invoke.Application.Common.Caching;

/// <summary>What the query cache has done since the process started.</summary>
public interface ICacheStatistics
{
    CacheStatisticsSnapshot Capture();
}
