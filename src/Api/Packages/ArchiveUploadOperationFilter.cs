using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Invoke.Api.Packages;

/// <summary>
/// Documents an <see cref="ArchiveUpload"/> parameter as what it is, a <c>multipart/form-data</c> body with the archive
/// in its named field and string fields beside it; Swashbuckle would otherwise show it as a query parameter, since it
/// cannot see inside a custom model binder.
/// </summary>
internal sealed class ArchiveUploadOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Type == typeof(ArchiveUpload)) is not { } upload)
        {
            return;
        }

        var fileField = upload.Name;
        foreach (var parameter in operation.Parameters?.Where(p => p.Name == fileField).ToList() ?? [])
        {
            operation.Parameters!.Remove(parameter);
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["multipart/form-data"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { fileField },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            [fileField] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.String,
                                Format = "binary",
                                Description = "A zip or gzip tarball (.zip, .tar.gz, .tgz).",
                            },
                        },
                        AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String },
                    },
                },
            },
        };
    }
}
