using Invoke.Application.Functions.Packages;

namespace Invoke.Application.UnitTests.Functions.Packages;

public sealed class UploadedArchiveTests
{
    [Theory]
    [InlineData("hello.zip", "hello")]
    [InlineData("hello.tar.gz", "hello")]
    [InlineData("hello.TGZ", "hello")]
    [InlineData("hello.world.zip", "hello.world")]
    [InlineData("hello.gz", "hello.gz")]
    [InlineData("hello", "hello")]
    public void BaseName_ShouldDropOnlyAnArchiveExtension(string fileName, string expected)
    {
        var archive = new UploadedArchive(fileName, []);

        Assert.Equal(expected, archive.BaseName);
    }
}
