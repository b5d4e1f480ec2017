using System.Security.Cryptography;
using Invoke.Domain.Common;
using Invoke.Domain.Functions;

namespace Invoke.Domain.UnitTests.Functions;

public sealed class FunctionVersionTests
{
    private static readonly byte[] Package = [1, 2, 3, 4];

    [Fact]
    public void AddVersion_OnNewFunction_ShouldStartAtOne()
    {
        var function = NewFunction();

        var version = function.AddVersion(Package, createdBy: 5);

        Assert.Equal((1, function.Id, (int?)5), (version.Version, version.FunctionId, version.CreatedBy));
    }

    [Fact]
    public void AddVersion_ShouldRecordSizeHashPathAndPackage()
    {
        var function = NewFunction();

        var version = function.AddVersion(Package, createdBy: null);

        Assert.Equal(Package.LongLength, version.FileSize);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Package)), version.PackageHash);
        Assert.Equal($"db://function_packages/{version.Id}", version.PackagePath);
        Assert.Equal((version.Id, Package), (version.Package!.FunctionVersionId, version.Package.Content));
    }

    [Fact]
    public void AddVersion_AfterAnEarlierVersionWasRemoved_ShouldStillExceedTheHighest()
    {
        var function = NewFunction();
        var first = function.AddVersion(Package, createdBy: null);
        function.AddVersion(Package, createdBy: null);
        function.AddVersion(Package, createdBy: null);
        function.RemoveVersion(first.Id);

        var next = function.AddVersion(Package, createdBy: null);

        Assert.Equal(4, next.Version);
        Assert.Equal([2, 3, 4], function.Versions.Select(v => v.Version));
    }

    [Fact]
    public void AddVersion_WhenPackageIsEmpty_ShouldRefuse()
    {
        var function = NewFunction();

        var refusal = Assert.Throws<InvalidValueException>(() => function.AddVersion([], createdBy: null));

        Assert.Equal("package", refusal.Field);
        Assert.Empty(function.Versions);
    }

    [Fact]
    public void ActivateVersion_WhenVersionBelongsToTheFunction_ShouldMakeItActive()
    {
        var function = NewFunction();
        var version = function.AddVersion(Package, createdBy: null);

        function.ActivateVersion(version.Id);

        Assert.Equal(version.Id, function.ActiveVersionId);
    }

    [Fact]
    public void ActivateVersion_WhenVersionBelongsToAnotherFunction_ShouldRefuse()
    {
        var function = NewFunction();
        function.AddVersion(Package, createdBy: null);
        var foreign = NewFunction().AddVersion(Package, createdBy: null);

        var refusal = Assert.Throws<FunctionVersionNotFoundException>(() => function.ActivateVersion(foreign.Id));

        Assert.Equal((function.Id, foreign.Id), (refusal.FunctionId, refusal.VersionId));
        Assert.Null(function.ActiveVersionId);
    }

    [Fact]
    public void RemoveVersion_WhenVersionIsActive_ShouldRefuse()
    {
        var function = NewFunction();
        var version = function.AddVersion(Package, createdBy: null);
        function.ActivateVersion(version.Id);

        Assert.Throws<ActiveVersionDeletionException>(() => function.RemoveVersion(version.Id));

        Assert.Single(function.Versions);
    }

    [Fact]
    public void RemoveVersion_WhenVersionIsInactive_ShouldRemoveIt()
    {
        var function = NewFunction();
        var active = function.AddVersion(Package, createdBy: null);
        var inactive = function.AddVersion(Package, createdBy: null);
        function.ActivateVersion(active.Id);

        function.RemoveVersion(inactive.Id);

        Assert.Equal([active], function.Versions);
    }

    [Fact]
    public void RemoveVersion_WhenVersionIsUnknown_ShouldRefuse()
    {
        var function = NewFunction();

        Assert.Throws<FunctionVersionNotFoundException>(() => function.RemoveVersion(Guid.NewGuid()));
    }

    private static Function NewFunction() => Function.Create(Guid.NewGuid(), "fn", null, deployedBy: null);
}
