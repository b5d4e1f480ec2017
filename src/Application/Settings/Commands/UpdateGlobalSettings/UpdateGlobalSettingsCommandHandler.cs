using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Settings.Commands.UpdateGlobalSettings;

public sealed class UpdateGlobalSettingsCommandHandler(
    IApplicationDbContext db, ICurrentUser currentUser, TimeProvider timeProvider)
    : IRequestHandler<UpdateGlobalSettingsCommand, int>
{
    public const string AdminOnlyMessage = "Only administrators can modify global settings";

    public const string NothingFoundMessage =
        "No settings were found to update. Please ensure the global_settings table is properly initialized.";

    public async Task<int> Handle(UpdateGlobalSettingsCommand request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAdmin)
        {
            throw new ForbiddenAccessException(AdminOnlyMessage);
        }

        var changes = request.Changes();
        await db.GlobalSettings.EnsureDefaultsWithinMaximaAsync(changes, cancellationToken);
        var keys = changes.Keys.ToList();
        var settings = await db.GlobalSettings.Where(s => keys.Contains(s.SettingKey)).ToListAsync(cancellationToken);
        if (settings.Count == 0)
        {
            throw new NotFoundException(NothingFoundMessage);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var setting in settings)
        {
            setting.ChangeValue(changes[setting.SettingKey], now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return settings.Count;
    }
}
