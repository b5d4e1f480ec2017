using System.Text;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Functions.Packages;
using Invoke.Application.Functions.Versions;

namespace Invoke.Application.UnitTests.Functions.Versions;

public sealed class SourceTreeTests
{
    [Fact]
    public void Build_ShouldNestFilesUnderTheirDirectoriesDirectoriesFirstAndByName()
    {
        PackageEntry[] entries =
        [
            File("z.js", "z"),
            File("lib/b.js", "b"),
            File("index.js", "i"),
            File("lib/a/deep.js", "d"),
            PackageEntry.Directory("empty"),
        ];

        var tree = SourceTree.Build(entries);

        Assert.Equal(["empty", "lib", "index.js", "z.js"], tree.Select(n => n.Path));
        var lib = tree[1];
        Assert.Equal((SourceNodeDto.DirectoryType, "lib"), (lib.Type, lib.Name));
        Assert.Equal(["lib/a", "lib/b.js"], lib.Children!.Select(n => n.Path));
        Assert.Equal("deep.js", lib.Children![0].Children!.Single().Name);
        Assert.Empty(tree[0].Children!);
    }

    [Fact]
    public void Build_WhenFileIsText_ShouldGiveItsTextAndByteSize()
    {
        var node = SourceTree.Build([File("index.js", "héllo")]).Single();

        Assert.Equal(("héllo", 6L, SourceNodeDto.Utf8Encoding, null), (node.Content, node.Size, node.Encoding, node.Children));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData(new byte[] { (byte)'a', 0x00, (byte)'b' })]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    public void Build_WhenFileIsNotUtf8Text_ShouldGiveItAsBase64(byte[] content)
    {
        var node = SourceTree.Build([PackageEntry.File("blob.bin", content)]).Single();

        Assert.Equal((Convert.ToBase64String(content), SourceNodeDto.Base64Encoding), (node.Content, node.Encoding));
    }

    [Fact]
    public void Flatten_OfABuiltTree_ShouldGiveBackTheEntries()
    {
        PackageEntry[] entries =
        [
            PackageEntry.Directory("assets"),
            PackageEntry.File("assets/logo.png", [0x89, 0x00, 0xFF]),
            PackageEntry.Directory("lib"),
            File("lib/a.js", "a"),
            File("index.js", "i"),
        ];

        var flattened = SourceTree.Flatten(SourceTree.Build(entries));

        Assert.Equal(entries.Select(Describe), flattened.Select(Describe));
    }

    [Fact]
    public void Flatten_WhenANodeHasNoPath_ShouldPlaceItUnderItsParentByName()
    {
        SourceNodeDto[] tree =
        [
            new() { Type = SourceNodeDto.DirectoryType, Name = "lib", Children = [new() { Type = SourceNodeDto.FileType, Name = "a.js", Content = "a" }] },
        ];

        var flattened = SourceTree.Flatten(tree);

        Assert.Equal(["lib/", "lib/a.js=a"], flattened.Select(Describe));
    }

    [Fact]
    public void Flatten_WhenAFileHasNoContent_ShouldLeaveItOutAsTheOriginalDoes()
    {
        SourceNodeDto[] tree = [new() { Type = SourceNodeDto.FileType, Path = "index.js" }, new() { Type = SourceNodeDto.FileType, Path = "a.js", Content = "" }];

        var flattened = SourceTree.Flatten(tree);

        Assert.Equal(["a.js="], flattened.Select(Describe));
    }

    [Theory]
    [InlineData("../evil.js", null, "File path \"../evil.js\" leaves the package root.")]
    [InlineData("C:\\evil.js", null, "File path \"C:\\evil.js\" is an absolute path.")]
    [InlineData("./", null, "File path \"./\" names the package root.")]
    [InlineData(null, null, "File path \"\" is empty.")]
    [InlineData("x.js", "utf-16", "File \"x.js\" has encoding \"utf-16\"; expected \"utf-8\" or \"base64\".")]
    public void Flatten_WhenAFileCannotBeWrittenSafely_ShouldRefuseNamingIt(string? path, string? encoding, string message)
    {
        SourceNodeDto[] tree = [new() { Type = SourceNodeDto.FileType, Path = path, Content = "x", Encoding = encoding }];

        var refusal = Assert.Throws<ValidationException>(() => SourceTree.Flatten(tree));

        Assert.Equal(message, refusal.Message);
        Assert.Equal([SourceTree.FilesField], refusal.Errors.Keys);
    }

    [Fact]
    public void Flatten_WhenTextIsNotValidUnicode_ShouldRefuse()
    {
        SourceNodeDto[] tree = [new() { Type = SourceNodeDto.FileType, Path = "x.js", Content = "\ud800" }];

        var refusal = Assert.Throws<ValidationException>(() => SourceTree.Flatten(tree));

        Assert.Equal("File \"x.js\" is not valid Unicode text.", refusal.Message);
    }

    [Fact]
    public void Flatten_WhenANodeIsNull_ShouldRefuse()
    {
        Assert.Throws<ValidationException>(() => SourceTree.Flatten([null!]));
    }

    private static PackageEntry File(string path, string text) => PackageEntry.File(path, Encoding.UTF8.GetBytes(text));

    // Latin-1 maps every byte to one character, so binary contents compare exactly and text stays readable.
    private static string Describe(PackageEntry entry) =>
        entry.IsDirectory ? entry.Path + "/" : $"{entry.Path}={Encoding.Latin1.GetString(entry.Content!)}";
}
