namespace Invoke.Application.Functions.Versions.Commands.UploadFunctionVersion;

/// <summary>
/// What the newest original CLI asks to happen once its upload is built. Invoke has no build step: a version is ready
/// when it is stored, so <see cref="Switch"/> makes it the active one at once.
/// </summary>
public static class AfterBuildActions
{
    public const string Switch = "switch";
    public const string None = "none";
}
