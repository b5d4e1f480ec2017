using Invoke.Application.Functions.Packages;

namespace Invoke.Api.Packages;

/// <summary>A multipart upload read by <see cref="ArchiveUploadModelBinder"/>: its text fields and its one archive.</summary>
public sealed record ArchiveUpload(IReadOnlyDictionary<string, string> Fields, UploadedArchive? Archive)
{
    public string? Field(string name) => Fields.GetValueOrDefault(name);
}
