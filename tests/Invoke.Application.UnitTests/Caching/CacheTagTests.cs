using Invoke.Application.Common.Caching;

namespace Invoke.Application.UnitTests.Caching;

public sealed class CacheTagTests
{
    [Fact]
    public void Covers_WithTheSameRows_ShouldBeTrue()
    {
        var covers = CacheTags.User(7).Covers(CacheTags.User(7));

        Assert.True(covers);
    }

    [Fact]
    public void Covers_WithOtherRowsOfTheSameTable_ShouldBeFalse()
    {
        var covers = CacheTags.User(7).Covers(CacheTags.User(8));

        Assert.False(covers);
    }

    [Fact]
    public void Covers_WithTheWholeTableOnEitherSide_ShouldBeTrue()
    {
        var users = CacheTag.WholeTable("users");

        Assert.True(users.Covers(CacheTags.User(7)));
        Assert.True(CacheTags.User(7).Covers(users));
    }

    [Fact]
    public void Covers_WithAnotherTable_ShouldBeFalse()
    {
        var covers = CacheTag.WholeTable("users").Covers(CacheTags.ApiKeys);

        Assert.False(covers);
    }

    [Fact]
    public void Where_ShouldSpellValuesAsPostgresJsonDoes()
    {
        var id = Guid.Parse("0199A0B1-C2D3-7E4F-8A9B-0C1D2E3F4A5B");

        Assert.Equal("id=0199a0b1-c2d3-7e4f-8a9b-0c1d2e3f4a5b", CacheTags.Project(id).Rows);
        Assert.Equal("id=123456", CacheTags.User(123456).Rows);
        Assert.Equal("setting_key=api_gateway_domain", CacheTag.Where("global_settings", "setting_key", "api_gateway_domain").Rows);
    }
}
