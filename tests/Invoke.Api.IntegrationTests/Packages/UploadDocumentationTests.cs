using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.Packages;

/// <summary>Swagger shows the upload routes as the multipart forms they read, not as query parameters.</summary>
[Collection(PackagesCollection.Name)]
public sealed class UploadDocumentationTests(PackagesApiFactory factory)
{
    [Theory]
    [InlineData("/api/functions/upload", "function")]
    [InlineData("/api/functions/{id}/versions", "file")]
    [InlineData("/api/functions/{id}/update", "file")]
    public async Task Document_ShouldDescribeTheUploadAsAMultipartFormWithItsFileField(string path, string field)
    {
        var document = await JsonShape.ReadBodyAsync(await factory.CreateClient().GetAsync("/swagger/v1/swagger.json"));

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty("post");
        var schema = operation.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        Assert.Equal("binary", schema.GetProperty("properties").GetProperty(field).GetProperty("format").GetString());
        Assert.Equal([field], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().Select(p => p.GetProperty("name").GetString()) : [];
        Assert.DoesNotContain(field, parameters);
    }
}
