using Invoke.Domain.Common;
using Invoke.Domain.Projects;

namespace Invoke.Domain.UnitTests.Projects;

public sealed class ProjectMembershipTests
{
    [Theory]
    [InlineData(ProjectRole.Owner)]
    [InlineData(ProjectRole.Developer)]
    public void Create_WhenRoleIsKnown_ShouldAccept(string role)
    {
        var membership = ProjectMembership.Create(Guid.NewGuid(), 1, role, createdBy: 2);

        Assert.Equal(role, membership.Role);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("Owner")]
    [InlineData("")]
    public void Create_WhenRoleIsUnknown_ShouldRefuse(string role)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => ProjectMembership.Create(Guid.NewGuid(), 1, role, createdBy: null));

        Assert.Equal("role", refusal.Field);
    }

    [Fact]
    public void ChangeRole_WhenRoleIsUnknown_ShouldRefuseAndKeepTheRole()
    {
        var membership = ProjectMembership.Create(Guid.NewGuid(), 1, ProjectRole.Developer, createdBy: null);

        Assert.Throws<InvalidValueException>(() => membership.ChangeRole("viewer"));

        Assert.Equal(ProjectRole.Developer, membership.Role);
    }

    [Fact]
    public void ChangeRole_WhenRoleIsKnown_ShouldChangeIt()
    {
        var membership = ProjectMembership.Create(Guid.NewGuid(), 1, ProjectRole.Developer, createdBy: null);

        membership.ChangeRole(ProjectRole.Owner);

        Assert.Equal(ProjectRole.Owner, membership.Role);
    }
}
