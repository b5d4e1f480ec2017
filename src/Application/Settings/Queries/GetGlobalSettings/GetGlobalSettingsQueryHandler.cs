using System.Collections.Frozen;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Settings.Queries.GetGlobalSettings;

public sealed class GetGlobalSettingsQueryHandler(IApplicationDbContext context)
    : IRequestHandler<GetGlobalSettingsQuery, IReadOnlyDictionary<string, GlobalSettingDto>>
{
    public async Task<IReadOnlyDictionary<string, GlobalSettingDto>> Handle(
        GetGlobalSettingsQuery request, CancellationToken cancellationToken)
    {
        var settings = await context.GlobalSettings
            .AsNoTracking()
            .Select(s => new { s.SettingKey, Setting = new GlobalSettingDto(s.SettingValue, s.Description) })
            .ToListAsync(cancellationToken);
        return settings.ToFrozenDictionary(s => s.SettingKey, s => s.Setting);
    }
}
