namespace Invoke.Application.Functions.Versions.Queries.DownloadFunctionVersion;

/// <param name="FileName"><c>&lt;function name&gt;-v&lt;version&gt;.zip</c>.</param>
public sealed record PackageDownloadDto(string FileName, byte[] Zip);
