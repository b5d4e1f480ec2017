using Invoke.Domain.Common;
using Invoke.Domain.Projects;

namespace Invoke.Domain.UnitTests.Projects;

public sealed class ProjectTests
{
    [Fact]
    public void Create_WhenOnlyNameIsGiven_ShouldDeriveSlugAndUseDefaults()
    {
        var project = Project.Create("My Cool  Project!", null, createdBy: 7);

        Assert.Equal(("my-cool-project-", (bool?)true, (long?)Project.DefaultKvStorageLimitBytes, (int?)7), (project.Slug, project.IsActive, project.KvStorageLimitBytes, project.CreatedBy));
        Assert.NotEqual(Guid.Empty, project.Id);
    }

    [Fact]
    public void Create_WhenSlugIsGiven_ShouldKeepIt()
    {
        var project = Project.Create("Anything", null, createdBy: null, slug: "custom-slug-2");

        Assert.Equal("custom-slug-2", project.Slug);
    }

    [Theory]
    [InlineData("Has Space")]
    [InlineData("UPPER")]
    [InlineData("under_score")]
    [InlineData("")]
    public void Create_WhenSlugBreaksTheRule_ShouldRefuse(string slug)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => Project.Create("Name", null, createdBy: null, slug: slug));

        Assert.Equal("slug", refusal.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Create_WhenNameIsBlank_ShouldRefuse(string name)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => Project.Create(name, null, createdBy: null));

        Assert.Equal("name", refusal.Field);
    }

    [Fact]
    public void Create_WhenNameIsTooLong_ShouldRefuse()
    {
        var refusal = Assert.Throws<InvalidValueException>(() => Project.Create(new string('n', Project.NameMaxLength + 1), null, createdBy: null));

        Assert.Equal("name", refusal.Field);
    }

    [Fact]
    public void Create_WhenNameHasMaximumLength_ShouldAcceptAndFitTheSlug()
    {
        var project = Project.Create(new string('n', Project.NameMaxLength), null, createdBy: null);

        Assert.Equal(ProjectSlug.MaxLength, project.Slug!.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ChangeKvStorageLimit_WhenNotPositive_ShouldRefuse(long bytes)
    {
        var project = Project.Create("Name", null, createdBy: null);

        var refusal = Assert.Throws<InvalidValueException>(() => project.ChangeKvStorageLimit(bytes));

        Assert.Equal("kv_storage_limit_bytes", refusal.Field);
    }

    [Fact]
    public void ChangeKvStorageLimit_WhenPositive_ShouldStoreIt()
    {
        var project = Project.Create("Name", null, createdBy: null);

        project.ChangeKvStorageLimit(1);

        Assert.Equal(1, project.KvStorageLimitBytes);
    }

    [Fact]
    public void UpdateDetails_ShouldRenameButKeepTheSlug()
    {
        var project = Project.Create("Old Name", "old", createdBy: null);

        project.UpdateDetails("New Name", "new");

        Assert.Equal(("New Name", "new", "old-name"), (project.Name, project.Description, project.Slug));
    }

    [Fact]
    public void Deactivate_ThenActivate_ShouldToggleIsActive()
    {
        var project = Project.Create("Name", null, createdBy: null);

        project.Deactivate();
        var whileInactive = project.IsActive;
        project.Activate();

        Assert.Equal((false, true), (whileInactive, project.IsActive));
    }
}
