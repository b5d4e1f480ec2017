using System.Text;
using Invoke.Api.ErrorHandling;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Functions.Packages;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Invoke.Api.Packages;

/// <summary>
/// Streams a multipart body section by section instead of letting the form reader buffer it: text fields are small
/// and few, the archive is read into memory only up to <see cref="PackageOptions.MaxArchiveBytes"/> and refused with
/// 413 the moment it goes over. MVC runs it after authorization, so no byte of an anonymous upload is read.
/// A body that is not multipart binds to an upload without a file, which the use case answers with its 400.
/// </summary>
public sealed class ArchiveUploadModelBinder(IOptions<PackageOptions> options) : IModelBinder
{
    public const int MaxFields = 32;
    public const int MaxFieldBytes = 64 * 1024;
    public const string ParseFailure = "Failed to parse multipart form: ";

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var fileField = bindingContext.BinderModelName ?? bindingContext.FieldName;
        var request = bindingContext.HttpContext.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            bindingContext.Result = ModelBindingResult.Success(new ArchiveUpload(new Dictionary<string, string>(), null));
            return;
        }

        try
        {
            // The reader's own section limit (128 MB) is lifted: this binder applies the configured limits itself.
            var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
            var upload = await ReadAsync(reader, fileField, bindingContext.HttpContext.RequestAborted);
            // Named as the client sent them, as the other bound values are (NulCharacterFilter).
            foreach (var (name, value) in upload.Fields)
            {
                if (NulCharacters.In(value))
                {
                    bindingContext.ModelState.TryAddModelException(name, new NulCharacterException());
                }
            }

            bindingContext.Result = ModelBindingResult.Success(upload);
        }
        catch (InvalidMultipartException exception)
        {
            bindingContext.ModelState.AddModelError(fileField, ParseFailure + exception.Message);
            bindingContext.Result = ModelBindingResult.Failed();
        }
        catch (Exception exception) when (IsMalformedBody(exception, bindingContext.HttpContext))
        {
            bindingContext.ModelState.AddModelError(fileField, ParseFailure + "Malformed multipart body");
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }

    /// <summary>
    /// A body that breaks the multipart format, or ends before its closing boundary. The server's own refusals (a body
    /// over the size limit is a <see cref="BadHttpRequestException"/>, an <see cref="IOException"/> too) and a client
    /// that went away are not the client's malformed form.
    /// </summary>
    private static bool IsMalformedBody(Exception exception, HttpContext httpContext) =>
        exception is InvalidDataException
        || (exception is IOException and not BadHttpRequestException && !httpContext.RequestAborted.IsCancellationRequested);

    private async Task<ArchiveUpload> ReadAsync(MultipartReader reader, string fileField, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        UploadedArchive? archive = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidMultipartException("Malformed multipart body");
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
            if (disposition.IsFileDisposition())
            {
                // Multer's answer to a file in another field, or a second file: the client sent the wrong form.
                if (name != fileField || archive is not null)
                {
                    throw new InvalidMultipartException("Unexpected field");
                }

                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                archive = new UploadedArchive(fileName ?? string.Empty, await ReadArchiveAsync(section.Body, cancellationToken));
            }
            else if (fields.Count >= MaxFields)
            {
                throw new InvalidMultipartException("Too many fields");
            }
            else
            {
                fields[name] = await ReadFieldAsync(section.Body, name, cancellationToken);
            }
        }

        return new ArchiveUpload(fields, archive);
    }

    private async Task<byte[]> ReadArchiveAsync(Stream body, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxArchiveBytes;
        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (content.Length + read > limit)
            {
                throw new PayloadTooLargeException(options.Value.ArchiveTooLargeMessage);
            }

            content.Write(buffer, 0, read);
        }

        return content.ToArray();
    }

    private static async Task<string> ReadFieldAsync(Stream body, string name, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxFieldBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > MaxFieldBytes
            ? throw new InvalidMultipartException($"Field \"{name}\" is longer than {MaxFieldBytes} bytes")
            : Encoding.UTF8.GetString(buffer, 0, length);
    }

    private sealed class InvalidMultipartException(string message) : Exception(message);
}
