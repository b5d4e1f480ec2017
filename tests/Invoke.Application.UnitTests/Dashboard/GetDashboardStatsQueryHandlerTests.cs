using Invoke.Application.Common.Caching;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Dashboard;
using Invoke.Application.Dashboard.Queries.GetDashboardStats;
using Invoke.Application.Dashboard.Queries.GetScopeStats;
using Invoke.Application.ExecutionLogs.Common;
using MediatR;
using Microsoft.Extensions.Options;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Invoke.Application.UnitTests.Dashboard;

/// <summary>The access check, and the cache key, tags and age of the figures it sends for each scope.</summary>
public sealed class GetDashboardStatsQueryHandlerTests
{
    private static readonly DashboardStatsDto Stats = new(3, 2, 42, 1, 30, "50.0");

    private readonly ICurrentUser _currentUser = Substitute.For<ICurrentUser>();
    private readonly IProjectAccess _projectAccess = Substitute.For<IProjectAccess>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private GetScopeStatsQuery? _sent;

    public GetDashboardStatsQueryHandlerTests()
    {
        _currentUser.UserId.Returns(7);
        _mediator.Send(Arg.Do<IRequest<DashboardStatsDto>>(query => _sent = (GetScopeStatsQuery)query), Arg.Any<CancellationToken>())
            .Returns(Stats);
    }

    [Fact]
    public async Task Handle_ForAnAdminsAllProjects_ShouldReadTheWholeFunctionsTableForAtMostTheConfiguredSeconds()
    {
        _currentUser.IsAdmin.Returns(true);

        var stats = await Handler(statsCacheSeconds: 5).Handle(new GetDashboardStatsQuery(ProjectScope.System), CancellationToken.None);

        Assert.Same(Stats, stats);
        Assert.Equal("all", Cached.CacheKey);
        Assert.Equal(new[] { CacheTags.Functions }, Cached.TagsFor(Stats));
        Assert.Equal(TimeSpan.FromSeconds(5), Cached.MaxAge);
    }

    [Fact]
    public async Task Handle_ForAMembersAllProjects_ShouldKeepTheirFiguresApartAndTagThemWithTheirProjects()
    {
        await Handler().Handle(new GetDashboardStatsQuery(), CancellationToken.None);

        Assert.Equal("user:7", Cached.CacheKey);
        Assert.Equal(
            new[] { CacheTags.Functions, CacheTags.Projects, CacheTags.MembershipsOfUser(7) },
            Cached.TagsFor(Stats));
        Assert.Empty(_projectAccess.ReceivedCalls());
    }

    [Fact]
    public async Task Handle_ForOneProject_ShouldCheckMembershipThenReadOnlyThatProjectsFunctions()
    {
        var projectId = Guid.NewGuid();

        await Handler().Handle(new GetDashboardStatsQuery(projectId.ToString()), CancellationToken.None);

        await _projectAccess.Received(1).EnsureMemberAsync(projectId, Arg.Any<CancellationToken>(), ProjectScope.AccessDeniedMessage);
        Assert.Equal($"project:{projectId}", Cached.CacheKey);
        Assert.Equal(new[] { CacheTags.FunctionsOfProject(projectId) }, Cached.TagsFor(Stats));
    }

    [Fact]
    public async Task Handle_WhenTheCallerIsNotAMember_ShouldRefuseBeforeReadingAnyFigures()
    {
        var projectId = Guid.NewGuid();
        _projectAccess.EnsureMemberAsync(projectId, Arg.Any<CancellationToken>(), Arg.Any<string>())
            .ThrowsAsync(new ForbiddenAccessException(ProjectScope.AccessDeniedMessage));

        await Assert.ThrowsAsync<ForbiddenAccessException>(
            () => Handler().Handle(new GetDashboardStatsQuery(projectId.ToString()), CancellationToken.None));

        Assert.Empty(_mediator.ReceivedCalls());
    }

    [Fact]
    public async Task Handle_WhenTheStatsCacheIsOff_ShouldAskForFiguresThatAreNeverServedFromTheCache()
    {
        _currentUser.IsAdmin.Returns(true);

        await Handler(statsCacheSeconds: 0).Handle(new GetDashboardStatsQuery(), CancellationToken.None);

        Assert.Equal(TimeSpan.Zero, Cached.MaxAge);
    }

    private ICachedQuery<DashboardStatsDto> Cached => Assert.IsType<GetScopeStatsQuery>(_sent);

    private GetDashboardStatsQueryHandler Handler(int statsCacheSeconds = DashboardOptions.DefaultStatsCacheSeconds) =>
        new(_currentUser, _projectAccess, _mediator, Options.Create(new DashboardOptions { StatsCacheSeconds = statsCacheSeconds }));
}
