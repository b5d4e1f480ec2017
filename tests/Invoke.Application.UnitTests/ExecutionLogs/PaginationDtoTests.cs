using Invoke.Application.ExecutionLogs.Common;

namespace Invoke.Application.UnitTests.ExecutionLogs;

public sealed class PaginationDtoTests
{
    [Theory]
    [InlineData(1, 20, 0, 0, false, false)]
    [InlineData(1, 20, 20, 1, false, false)]
    [InlineData(1, 20, 21, 2, true, false)]
    [InlineData(2, 2, 10159, 5080, true, true)]
    [InlineData(3, 2, 5, 3, false, true)]
    [InlineData(9, 2, 5, 3, false, true)]
    [InlineData(1, 100, int.MaxValue, 21474837, true, false)]
    public void Of_ShouldDerivePagesFromTheCount(
        int page, int limit, int totalCount, int totalPages, bool hasNext, bool hasPrevious)
    {
        var pagination = PaginationDto.Of(page, limit, totalCount);

        Assert.Equal(new PaginationDto(page, totalPages, totalCount, limit, hasNext, hasPrevious), pagination);
    }
}
