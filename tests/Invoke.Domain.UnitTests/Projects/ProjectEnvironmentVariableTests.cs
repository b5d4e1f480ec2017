using Invoke.Domain.Common;
using Invoke.Domain.Projects;

namespace Invoke.Domain.UnitTests.Projects;

public sealed class ProjectEnvironmentVariableTests
{
    [Fact]
    public void Create_ShouldBelongToTheProject()
    {
        var projectId = Guid.NewGuid();

        var variable = ProjectEnvironmentVariable.Create(projectId, "SHARED_URL", "https://api.example.test", "for all functions");

        Assert.Equal(
            (projectId, "SHARED_URL", "https://api.example.test", "for all functions"),
            (variable.ProjectId, variable.VariableName, variable.VariableValue, variable.Description));
    }

    [Theory]
    [InlineData("9LIVES")]
    [InlineData("NOT-PORTABLE")]
    public void Create_WhenNameIsNotAnIdentifier_ShouldRefuseByTheSameRuleAsFunctionVariables(string name)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ProjectEnvironmentVariable.Create(Guid.NewGuid(), name, "v", null));

        Assert.Equal("variable_name", refusal.Field);
    }
}
