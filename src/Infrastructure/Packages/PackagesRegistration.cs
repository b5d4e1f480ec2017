using Invoke.Application.Functions.Packages;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Infrastructure.Packages;

internal static class PackagesRegistration
{
    public static IServiceCollection AddPackages(this IServiceCollection services)
    {
        services.AddSingleton<IPackageArchive, PackageArchive>();
        services.AddOptions<PackageOptions>()
            .BindConfiguration(PackageOptions.SectionName)
            .Validate(
                options => options is { MaxArchiveBytes: > 0, MaxEntries: > 0, MaxUncompressedBytes: > 0 },
                $"Every limit in {PackageOptions.SectionName} must be positive.")
            .ValidateOnStart();
        return services;
    }
}
