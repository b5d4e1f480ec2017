namespace Invoke.Application.Common.Security;

public enum CaptchaVerdict
{
    Passed,
    Failed,

    /// <summary>The verification service could not be asked or gave no usable answer.</summary>
    Unavailable,
}
