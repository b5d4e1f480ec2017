using Invoke.Application.Functions.Packages;

namespace Invoke.Application.UnitTests.Functions.Packages;

public sealed class PackagePathTests
{
    [Theory]
    [InlineData("index.js", "index.js")]
    [InlineData("./index.js", "index.js")]
    [InlineData("lib/helper.js", "lib/helper.js")]
    [InlineData("lib//./helper.js", "lib/helper.js")]
    [InlineData("lib\\helper.js", "lib/helper.js")]
    [InlineData("lib/", "lib")]
    [InlineData("./", "")]
    [InlineData("a..b/c.js", "a..b/c.js")]
    [InlineData("...", "...")]
    public void TryNormalise_WhenPathStaysInside_ShouldAcceptItNormalised(string raw, string expected)
    {
        var accepted = PackagePath.TryNormalise(raw, out var path, out _);

        Assert.True(accepted);
        Assert.Equal(expected, path);
    }

    [Theory]
    [InlineData("../evil.js", "leaves the package root")]
    [InlineData("lib/../../evil.js", "leaves the package root")]
    [InlineData("lib/../index.js", "leaves the package root")]
    [InlineData("..\\evil.js", "leaves the package root")]
    [InlineData("/etc/passwd", "is an absolute path")]
    [InlineData("\\\\server\\share", "is an absolute path")]
    [InlineData("C:\\evil.js", "is an absolute path")]
    [InlineData("c:evil.js", "is an absolute path")]
    [InlineData("evil\0.js", "contains control characters")]
    [InlineData("line\nbreak.js", "contains control characters")]
    [InlineData("", "is empty")]
    [InlineData(null, "is empty")]
    public void TryNormalise_WhenPathCouldEscapeOrIsMalformed_ShouldRefuseWithTheReason(string? raw, string expectedReason)
    {
        var accepted = PackagePath.TryNormalise(raw, out _, out var reason);

        Assert.False(accepted);
        Assert.Equal(expectedReason, reason);
    }

    [Fact]
    public void TryNormalise_WhenPathIsTooLong_ShouldRefuse()
    {
        var accepted = PackagePath.TryNormalise(string.Join('/', Enumerable.Repeat("abcdefghij", 100)), out _, out var reason);

        Assert.False(accepted);
        Assert.Equal($"is longer than {PackagePath.MaxLength} characters", reason);
    }

    [Fact]
    public void TryNormalise_WhenOneNameIsTooLong_ShouldRefuse()
    {
        var accepted = PackagePath.TryNormalise("lib/" + new string('n', PackagePath.MaxSegmentLength + 1), out _, out var reason);

        Assert.False(accepted);
        Assert.Equal($"has a name longer than {PackagePath.MaxSegmentLength} characters", reason);
    }

    [Theory]
    [InlineData("lib/a/b.js", "lib/a", "b.js")]
    [InlineData("index.js", "", "index.js")]
    public void ParentAndName_ShouldSplitAtTheLastSlash(string path, string parent, string name)
    {
        Assert.Equal((parent, name), (PackagePath.Parent(path), PackagePath.Name(path)));
    }
}
