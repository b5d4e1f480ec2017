using MediatR;

namespace Invoke.Application.Schedules.Queries.GetFunctionSchedule;

public sealed record GetFunctionScheduleQuery(Guid FunctionId) : IRequest<FunctionScheduleDto>;
