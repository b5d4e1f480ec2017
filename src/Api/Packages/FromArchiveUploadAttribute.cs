using Microsoft.AspNetCore.Mvc;

namespace Invoke.Api.Packages;

/// <summary>
/// Binds an <see cref="ArchiveUpload"/> from a <c>multipart/form-data</c> body whose file is in the field named
/// <c>fileField</c> (<c>function</c> or <c>file</c>, as the original names them).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class FromArchiveUploadAttribute : ModelBinderAttribute
{
    public FromArchiveUploadAttribute(string fileField)
        : base(typeof(ArchiveUploadModelBinder)) =>
        Name = fileField;
}
