using System.Net.Http.Headers;

namespace Invoke.Api.IntegrationTests.Packages;

/// <summary>Multipart bodies as the admin UI and the CLI build them.</summary>
public static class ArchiveForm
{
    public static MultipartFormDataContent Create(
        byte[] archive, string fileName, string fileField, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(archive);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, fileField, fileName);
        return form;
    }
}
