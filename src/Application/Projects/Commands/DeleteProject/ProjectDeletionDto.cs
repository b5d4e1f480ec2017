namespace Invoke.Application.Projects.Commands.DeleteProject;

public sealed record ProjectDeletionDto(long FunctionsRemoved, long PackagesRemoved)
{
    public string Message =>
        $"Project deleted successfully (removed {FunctionsRemoved} functions and {PackagesRemoved} packages)";
}
