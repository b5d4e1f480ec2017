namespace Invoke.ArchitectureTests.Rules;

public sealed class DoesNotListenForNotifications() : MemberReferenceRule(SqlApis.NotificationListening);
