using MediatR;

namespace Invoke.ArchitectureTests.Violations.Application.Widgets;

public sealed record WidgetCreatedNotification(Guid WidgetId) : INotification;
