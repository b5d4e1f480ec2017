using FluentValidation;

namespace Invoke.Application.ExecutionLogs.Common;

/// <summary>
/// Included by the validators of the log lists. The original took any page (a negative one failed in SQL) and, on
/// <c>/api/logs</c>, any limit; Invoke refuses what would fail or load an unbounded page.
/// </summary>
public sealed class LogPageRequestValidator : AbstractValidator<ILogPageRequest>
{
    public LogPageRequestValidator()
    {
        RuleFor(r => r.Page)
            .GreaterThanOrEqualTo(ILogPageRequest.DefaultPage).WithMessage("page must be 1 or more")
            .Must((request, page) => (page - 1L) * request.Limit <= int.MaxValue).WithMessage("page is too large");
        RuleFor(r => r.Limit)
            .InclusiveBetween(1, ILogPageRequest.MaxLimit)
            .WithMessage($"limit must be between 1 and {ILogPageRequest.MaxLimit}");
        RuleFor(r => r.Status)
            .Must(status => LogStatusFilter.Values.Contains(status))
            .WithMessage($"status must be one of: {string.Join(", ", LogStatusFilter.Values)}");
    }
}
