using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Functions.Packages;
using Invoke.Infrastructure.Packages;
using Microsoft.Extensions.Options;
using static Invoke.Testing.TestArchives;

namespace Invoke.Infrastructure.UnitTests.Packages;

public sealed class PackageArchiveTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Normalise_WhenTarball_ShouldReturnTheUploadUnchanged()
    {
        var upload = Tarball(("index.js", "module.exports = 1;"), ("lib/", null), ("lib/a.js", "a"));

        var package = Archive().Normalise(upload);

        Assert.Equal(upload, package);
    }

    [Fact]
    public void Normalise_WhenZip_ShouldConvertItToATarballWithTheSameEntries()
    {
        var upload = Zip(("index.js", "module.exports = 1;"), ("lib/", null), ("lib/a.js", "a"));

        var package = Archive().Normalise(upload);

        Assert.Equal([0x1F, 0x8B], package[..2]);
        Assert.Equal(
            ["index.js=module.exports = 1;", "lib/", "lib/a.js=a"],
            Describe(Archive().Read(package)));
    }

    [Fact]
    public void Normalise_WhenZipWasMadeOnWindows_ShouldTreatBackslashesAsSeparators()
    {
        var upload = Zip(("lib\\a.js", "a"), ("index.js", "i"));

        var package = Archive().Normalise(upload);

        Assert.Equal(["lib/a.js=a", "index.js=i"], Describe(Archive().Read(package)));
    }

    [Fact]
    public void Normalise_WhenTarballNamesStartWithDotSlash_ShouldReadThemRelativeToTheRoot()
    {
        var upload = Tarball(("./", null), ("./index.js", "i"), ("./lib/a.js", "a"));

        var entries = Archive().Read(Archive().Normalise(upload));

        Assert.Equal(["index.js=i", "lib/a.js=a"], Describe(entries));
    }

    [Fact]
    public void Normalise_WhenNotAnArchive_ShouldRefuseAsAnInvalidFileType()
    {
        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(Text("just some text, not an archive")));

        Assert.Equal(PackageArchive.InvalidFileType, refusal.Message);
        Assert.Equal(["package"], refusal.Errors.Keys);
    }

    [Fact]
    public void Normalise_WhenGzipDoesNotHoldATarball_ShouldRefuseAsCorrupt()
    {
        var upload = Gzip(Text(new string('x', 4096)));

        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(upload));

        Assert.Equal(PackageArchive.CorruptArchive, refusal.Message);
    }

    [Theory]
    [InlineData("zip")]
    [InlineData("tarball")]
    public void Normalise_WhenArchiveIsTruncated_ShouldRefuseAsCorrupt(string format)
    {
        var content = Convert.ToBase64String(Encoding.UTF8.GetBytes(new string('a', 20_000)));
        var whole = format == "zip" ? Zip(("index.js", content)) : Tarball(("index.js", content));

        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(whole[..(whole.Length / 2)]));

        Assert.Equal(PackageArchive.CorruptArchive, refusal.Message);
    }

    [Theory]
    [InlineData("../evil.js", "leaves the package root")]
    [InlineData("lib/../../evil.js", "leaves the package root")]
    [InlineData("..\\evil.js", "leaves the package root")]
    [InlineData("/etc/cron.d/evil", "is an absolute path")]
    [InlineData("C:/evil.js", "is an absolute path")]
    public void Normalise_WhenZipEntryEscapesTheRoot_ShouldRefuseNamingTheEntry(string name, string reason)
    {
        var upload = Zip(("index.js", "i"), (name, "evil"));

        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(upload));

        Assert.Equal($"Archive entry \"{name}\" {reason}.", refusal.Message);
    }

    [Theory]
    [InlineData("../evil.js", "leaves the package root")]
    [InlineData("./lib/../../evil.js", "leaves the package root")]
    [InlineData("/etc/cron.d/evil", "is an absolute path")]
    public void Normalise_WhenTarballEntryEscapesTheRoot_ShouldRefuseNamingTheEntry(string name, string reason)
    {
        var upload = Tarball(("index.js", "i"), (name, "evil"));

        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(upload));

        Assert.Equal($"Archive entry \"{name}\" {reason}.", refusal.Message);
    }

    [Theory]
    [InlineData(TarEntryType.SymbolicLink, "/etc/passwd")]
    [InlineData(TarEntryType.SymbolicLink, "lib/a.js")]
    [InlineData(TarEntryType.HardLink, "index.js")]
    public void Normalise_WhenTarballHasALink_ShouldRefuseItWhereverItPoints(TarEntryType type, string target)
    {
        var upload = Tarball(tar =>
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "index.js") { DataStream = new MemoryStream(Text("i")) });
            tar.WriteEntry(new PaxTarEntry(type, "link.js") { LinkName = target });
        });

        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(upload));

        Assert.Equal($"Archive entry \"link.js\" {PackageArchive.LinkRefusal}.", refusal.Message);
    }

    [Theory]
    [InlineData(TarEntryType.Fifo)]
    [InlineData(TarEntryType.CharacterDevice)]
    [InlineData(TarEntryType.BlockDevice)]
    public void Normalise_WhenTarballHasASpecialFile_ShouldRefuseIt(TarEntryType type)
    {
        var upload = Tarball(tar => tar.WriteEntry(new PaxTarEntry(type, "device")));

        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(upload));

        Assert.Equal($"Archive entry \"device\" {PackageArchive.SpecialFileRefusal}.", refusal.Message);
    }

    [Fact]
    public void Normalise_WhenZipHasASymbolicLink_ShouldRefuseIt()
    {
        var upload = ZipWithUnixType("link.js", 0xA000, "/etc/passwd");

        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(upload));

        Assert.Equal($"Archive entry \"link.js\" {PackageArchive.LinkRefusal}.", refusal.Message);
    }

    [Fact]
    public void Normalise_WhenZipEntryIsARegularUnixFile_ShouldAcceptIt()
    {
        var upload = ZipWithUnixType("index.js", 0x8000, "i");

        var package = Archive().Normalise(upload);

        Assert.Equal(["index.js=i"], Describe(Archive().Read(package)));
    }

    [Fact]
    public void Normalise_WhenZipExpandsBeyondTheLimit_ShouldStopWithPayloadTooLarge()
    {
        var bomb = Zip(zip =>
        {
            using var data = zip.CreateEntry("bomb.txt", CompressionLevel.SmallestSize).Open();
            data.Write(new byte[4 * 1024 * 1024]);
        });

        var refusal = Assert.Throws<PayloadTooLargeException>(() => Archive(maxUncompressedBytes: 1024 * 1024).Normalise(bomb));

        Assert.True(bomb.Length < 64 * 1024, "a bomb is small as sent");
        Assert.Equal("The archive expands to more than 1048576 bytes.", refusal.Message);
    }

    [Fact]
    public void Normalise_WhenManySmallZipEntriesAddUpBeyondTheLimit_ShouldStopWithPayloadTooLarge()
    {
        var upload = Zip(Enumerable.Range(0, 20).Select(i => ($"f{i}.txt", (string?)new string('z', 1000))).ToArray());

        Assert.Throws<PayloadTooLargeException>(() => Archive(maxUncompressedBytes: 10_000).Normalise(upload));
    }

    [Fact]
    public void Normalise_WhenZipHeaderUnderstatesTheSize_ShouldRefuseAsCorruptInsteadOfCuttingTheContent()
    {
        var upload = Zip(zip =>
        {
            using var data = zip.CreateEntry("bomb.txt", CompressionLevel.SmallestSize).Open();
            data.Write(new byte[1024 * 1024]);
        });
        var forged = WithDeclaredZipSize(upload, 100);

        var refusal = Assert.Throws<ValidationException>(() => Archive(maxUncompressedBytes: 64 * 1024).Normalise(forged));

        Assert.Equal(PackageArchive.CorruptArchive, refusal.Message);
    }

    [Fact]
    public void Normalise_WhenAZipEntryDoesNotMatchItsCrc_ShouldRefuseAsCorrupt()
    {
        var content = Encoding.UTF8.GetBytes("module.exports = () => 'a';");
        var upload = Zip(zip =>
        {
            using var data = zip.CreateEntry("index.js", CompressionLevel.NoCompression).Open();
            data.Write(content);
        });
        var forged = (byte[])upload.Clone();
        var at = forged.AsSpan().IndexOf(content);
        Assert.True(at > 0, "the entry is stored uncompressed, so its bytes can be changed in place");
        forged[at + content.Length - 3] = (byte)'b';

        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(forged));

        Assert.Equal(PackageArchive.CorruptArchive, refusal.Message);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(4)]
    [InlineData(1)]
    public void Normalise_WhenATarballLosesItsGzipTrailer_ShouldRefuseAsCorrupt(int cut)
    {
        var whole = Tarball(("index.js", "module.exports = () => 'complete';"));

        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(whole[..^cut]));

        Assert.Equal(PackageArchive.CorruptArchive, refusal.Message);
    }

    [Fact]
    public void Normalise_WhenATarballIsCutAfterItsLastEntry_ShouldRefuseAsCorrupt()
    {
        var whole = Tarball(("index.js", "module.exports = () => 'complete';"), ("lib/a.js", new string('x', 3000)));
        var entriesEnd = FirstCutThatStillReadsEveryEntry(whole);

        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(whole[..entriesEnd]));

        Assert.Equal(PackageArchive.CorruptArchive, refusal.Message);
    }

    [Fact]
    public void Normalise_WhenTarballExpandsBeyondTheLimit_ShouldStopWithPayloadTooLarge()
    {
        var bomb = Tarball(tar => tar.WriteEntry(
            new PaxTarEntry(TarEntryType.RegularFile, "bomb.txt") { DataStream = new MemoryStream(new byte[4 * 1024 * 1024]) }));

        Assert.Throws<PayloadTooLargeException>(() => Archive(maxUncompressedBytes: 1024 * 1024).Normalise(bomb));
    }

    [Theory]
    [InlineData("zip")]
    [InlineData("tarball")]
    public void Normalise_WhenArchiveHasTooManyEntries_ShouldStopWithPayloadTooLarge(string format)
    {
        var files = Enumerable.Range(0, 11).Select(i => ($"f{i}.js", (string?)"x")).ToArray();
        var upload = format == "zip" ? Zip(files) : Tarball(files);

        var refusal = Assert.Throws<PayloadTooLargeException>(() => Archive(maxEntries: 10).Normalise(upload));

        Assert.Equal("The archive has more than 10 entries.", refusal.Message);
    }

    [Fact]
    public void Normalise_WhenUploadIsLargerThanTheArchiveLimit_ShouldRefuseBeforeReadingIt()
    {
        var upload = Zip(("index.js", new string('x', 5000)));

        var refusal = Assert.Throws<PayloadTooLargeException>(() => Archive(maxArchiveBytes: 100).Normalise(upload));

        Assert.Equal("File too large. A package may have at most 100 bytes.", refusal.Message);
    }

    [Theory]
    [InlineData("index.js", "index.js", "appears more than once")]
    [InlineData("./index.js", "index.js", "appears more than once")]
    [InlineData("lib", "lib/a.js", "is both a file and a directory")]
    [InlineData("lib/a.js", "lib", "is both a file and a directory")]
    public void Normalise_WhenTwoEntriesClaimTheSamePath_ShouldRefuse(string first, string second, string reason)
    {
        var upload = Tarball((first, "1"), (second, "2"));

        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(upload));

        Assert.EndsWith($" {reason}.", refusal.Message);
    }

    [Theory]
    [InlineData("zip")]
    [InlineData("tarball")]
    public void Normalise_WhenArchiveHasNoFiles_ShouldRefuseAsEmpty(string format)
    {
        var upload = format == "zip" ? Zip(("lib/", null)) : Tarball(("lib/", null));

        var refusal = Assert.Throws<ValidationException>(() => Archive().Normalise(upload));

        Assert.Equal(PackageArchive.EmptyArchive, refusal.Message);
    }

    [Theory]
    [InlineData("zip")]
    [InlineData("tarball")]
    public void Normalise_WhenArchiveIsDamagedAnywhere_ShouldOnlyEverRefuseAsInvalidOrTooLarge(string format)
    {
        var original = format == "zip" ? Zip(("index.js", "module.exports = 1;"), ("lib/a.js", "a")) : Tarball(("index.js", "module.exports = 1;"), ("lib/a.js", "a"));
        var random = new Random(20261126);
        var unexpected = new List<string>();

        for (var attempt = 0; attempt < 3000; attempt++)
        {
            var damaged = (byte[])original.Clone();
            for (var flip = random.Next(1, 6); flip > 0; flip--)
            {
                damaged[random.Next(2, damaged.Length)] = (byte)random.Next(256);
            }

            var failure = Record.Exception(() => Archive().Read(Archive().Normalise(damaged)));
            if (failure is not (null or ValidationException or PayloadTooLargeException))
            {
                unexpected.Add($"{failure.GetType().Name}: {failure.Message}");
            }
        }

        Assert.Empty(unexpected);
    }

    [Fact]
    public void CreatePackage_ThenRead_ShouldGiveBackTheEntries()
    {
        PackageEntry[] entries =
        [
            PackageEntry.File("index.js", Text("module.exports = 1;")),
            PackageEntry.Directory("empty"),
            PackageEntry.File("assets/logo.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]),
        ];

        var package = Archive().CreatePackage(entries);

        var read = Archive().Read(package);
        Assert.Equal(entries.Select(e => (e.Path, e.Content)), read.Select(e => (e.Path, e.Content)), EntryComparer.Instance);
    }

    [Fact]
    public void CreatePackage_ShouldStampEntriesWithTheCurrentTime()
    {
        var package = Archive().CreatePackage([PackageEntry.File("index.js", Text("i"))]);

        using var tar = new TarReader(new GZipStream(new MemoryStream(package), CompressionMode.Decompress));
        Assert.Equal(Now, tar.GetNextEntry()!.ModificationTime);
    }

    [Theory]
    [InlineData("../evil.js")]
    [InlineData("/evil.js")]
    [InlineData("./index.js")]
    [InlineData("lib//a.js")]
    public void CreatePackage_WhenPathIsNotNormalisedAndRelative_ShouldRefuse(string path)
    {
        Assert.Throws<ValidationException>(() => Archive().CreatePackage([PackageEntry.File(path, Text("x"))]));
    }

    [Fact]
    public void CreatePackage_WhenFilesAreLargerThanTheLimit_ShouldRefuseWithPayloadTooLarge()
    {
        var entries = new[] { PackageEntry.File("a.js", new byte[600]), PackageEntry.File("b.js", new byte[600]) };

        Assert.Throws<PayloadTooLargeException>(() => Archive(maxUncompressedBytes: 1000).CreatePackage(entries));
    }

    [Fact]
    public void CreateZip_ShouldHoldEveryFileAndDirectory()
    {
        PackageEntry[] entries = [PackageEntry.File("index.js", Text("i")), PackageEntry.Directory("lib"), PackageEntry.File("lib/a.js", Text("a"))];

        var zip = Archive().CreateZip(entries);

        Assert.Equal(new Dictionary<string, string> { ["index.js"] = "i", ["lib/"] = "", ["lib/a.js"] = "a" }, ZipContents(zip));
    }

    [Fact]
    public void Read_WhenPackageIsNotAnArchive_ShouldRefuse()
    {
        Assert.Throws<ValidationException>(() => Archive().Read(Text("not a package")));
    }

    private static PackageArchive Archive(
        long maxArchiveBytes = 1024 * 1024, int maxEntries = 100, long maxUncompressedBytes = 8 * 1024 * 1024) =>
        new(
            Options.Create(new PackageOptions
            {
                MaxArchiveBytes = maxArchiveBytes,
                MaxEntries = maxEntries,
                MaxUncompressedBytes = maxUncompressedBytes,
            }),
            new FixedTimeProvider(Now));

    private static string[] Describe(IEnumerable<PackageEntry> entries) =>
        entries.Select(e => e.IsDirectory ? e.Path + "/" : $"{e.Path}={Encoding.UTF8.GetString(e.Content!)}").ToArray();

    /// <summary>The shortest prefix of a tarball that still decompresses to every entry it holds.</summary>
    private static int FirstCutThatStillReadsEveryEntry(byte[] tarball)
    {
        var expected = Archive().Read(tarball).Count;
        for (var length = 20; length < tarball.Length - 8; length++)
        {
            using var gzip = new GZipStream(new MemoryStream(tarball, 0, length), CompressionMode.Decompress);
            try
            {
                using var reader = new TarReader(gzip);
                var count = 0;
                while (reader.GetNextEntry() is { } entry)
                {
                    entry.DataStream?.CopyTo(Stream.Null);
                    count++;
                }

                if (count == expected)
                {
                    return length;
                }
            }
            catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or FormatException)
            {
            }
        }

        throw new InvalidOperationException("Every prefix loses an entry.");
    }

    /// <summary>Rewrites the uncompressed size in every local and central header of a one-entry zip.</summary>
    private static byte[] WithDeclaredZipSize(byte[] zip, int size)
    {
        var forged = (byte[])zip.Clone();
        for (var i = 0; i + 4 <= forged.Length; i++)
        {
            var signature = BitConverter.ToUInt32(forged, i);
            var offset = signature switch
            {
                0x04034B50 => 22,
                0x02014B50 => 24,
                _ => -1,
            };
            if (offset > 0)
            {
                BitConverter.GetBytes(size).CopyTo(forged, i + offset);
            }
        }

        return forged;
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class EntryComparer : IEqualityComparer<(string Path, byte[]? Content)>
    {
        public static readonly EntryComparer Instance = new();

        public bool Equals((string Path, byte[]? Content) x, (string Path, byte[]? Content) y) =>
            x.Path == y.Path && (x.Content ?? []).SequenceEqual(y.Content ?? []) && (x.Content is null) == (y.Content is null);

        public int GetHashCode((string Path, byte[]? Content) obj) => obj.Path.GetHashCode(StringComparison.Ordinal);
    }
}
