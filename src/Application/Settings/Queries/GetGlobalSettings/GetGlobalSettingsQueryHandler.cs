using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Settings.Queries.GetGlobalSettings;

public sealed class GetGlobalSettingsQueryHandler(IApplicationDbContext db)
    : IRequestHandler<GetGlobalSettingsQuery, IReadOnlyDictionary<string, GlobalSettingDto>>
{
    public async Task<IReadOnlyDictionary<string, GlobalSettingDto>> Handle(
        GetGlobalSettingsQuery request, CancellationToken cancellationToken)
    {
        var settings = db.GlobalSettings.AsNoTracking();
        settings = request.IncludeAdministrative
            ? settings.Where(s => s.SettingKey.StartsWith(GlobalSettingKeys.RetentionPrefix)
                                  || GlobalSettingKeys.Administrative.Contains(s.SettingKey))
            : settings.Where(s => GlobalSettingKeys.Public.Contains(s.SettingKey));

        var rows = await settings
            .OrderBy(s => s.Id)
            .Select(s => new { s.SettingKey, s.SettingValue, s.Description })
            .ToListAsync(cancellationToken);

        return rows.ToDictionary(
            s => s.SettingKey.StartsWith(GlobalSettingKeys.RetentionPrefix, StringComparison.Ordinal)
                ? s.SettingKey[GlobalSettingKeys.RetentionPrefix.Length..]
                : s.SettingKey,
            s => new GlobalSettingDto(s.SettingValue, s.Description),
            StringComparer.Ordinal);
    }
}
