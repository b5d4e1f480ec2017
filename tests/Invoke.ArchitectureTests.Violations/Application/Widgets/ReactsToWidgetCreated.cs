using MediatR;

namespace Invoke.ArchitectureTests.Violations.Application.Widgets;

// Breach: a notification handler whose name does not end in Handler.
public sealed class ReactsToWidgetCreated : INotificationHandler<WidgetCreatedNotification>
{
    public Task Handle(WidgetCreatedNotification notification, CancellationToken cancellationToken) => Task.CompletedTask;
}
