namespace Invoke.Application.ExecutionLogs.Common;

/// <summary>A page of a log list: the <c>page</c>, <c>limit</c> and <c>status</c> query values.</summary>
public interface ILogPageRequest
{
    public const int DefaultPage = 1;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    int Page { get; }

    int Limit { get; }

    string Status { get; }

    /// <summary>Rows skipped before the page; <see cref="LogPageRequestValidator"/> keeps it within an int.</summary>
    static int Offset(ILogPageRequest request) => (request.Page - 1) * request.Limit;
}
