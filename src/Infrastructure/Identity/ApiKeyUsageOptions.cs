namespace Invoke.Infrastructure.Identity;

/// <summary>How often counted API key uses are written (<c>ApiKeyUsage:FlushInterval</c>, default 5 seconds).</summary>
public sealed class ApiKeyUsageOptions
{
    public const string SectionName = "ApiKeyUsage";

    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);
}
