using MediatR;

namespace Invoke.ArchitectureTests.Violations.Application.Widgets;

public sealed class WidgetCreatedNotificationHandler : INotificationHandler<WidgetCreatedNotification>
{
    public Task Handle(WidgetCreatedNotification notification, CancellationToken cancellationToken) => Task.CompletedTask;
}
