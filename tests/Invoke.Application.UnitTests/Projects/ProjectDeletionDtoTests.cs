using Invoke.Application.Projects.Commands.DeleteProject;

namespace Invoke.Application.UnitTests.Projects;

public sealed class ProjectDeletionDtoTests
{
    [Fact]
    public void Message_ShouldCountFunctionsAndPackagesAsTheOriginalWordsIt()
    {
        var removed = new ProjectDeletionDto(FunctionsRemoved: 3, PackagesRemoved: 5);

        var message = removed.Message;

        Assert.Equal("Project deleted successfully (removed 3 functions and 5 packages)", message);
    }
}
