using MediatR;

namespace Invoke.Application.Settings.Queries.GetGlobalSettings;

/// <param name="IncludeAdministrative">
/// True for admins: retention defaults and the KV quota too. Part of the request (not read from the caller inside the
/// handler) so that a cached answer can never reach a caller of the other kind.
/// </param>
public sealed record GetGlobalSettingsQuery(bool IncludeAdministrative)
    : IRequest<IReadOnlyDictionary<string, GlobalSettingDto>>;
