using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Application.Functions.Packages;

namespace Invoke.Api.IntegrationTests.Packages;

/// <summary>
/// The API with the default archive size limit (50 MB, so oversized uploads are real) but a small extraction
/// limit, so that archive bombs are cheap to build.
/// </summary>
public sealed class PackagesApiFactory : InvokeApiFactory
{
    public const long MaxUncompressedBytes = 16 * 1024 * 1024;
    public const int MaxEntries = 200;

    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        settings[$"{PackageOptions.SectionName}:{nameof(PackageOptions.MaxUncompressedBytes)}"] = MaxUncompressedBytes.ToString();
        settings[$"{PackageOptions.SectionName}:{nameof(PackageOptions.MaxEntries)}"] = MaxEntries.ToString();
    }
}
