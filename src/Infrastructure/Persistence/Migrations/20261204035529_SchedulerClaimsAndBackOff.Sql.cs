namespace Invoke.Infrastructure.Persistence.Migrations;

/// <summary>
/// The scheduler's wake-up: <c>invoke_schedule_changed</c> with <c>{"id"}</c> when a function's schedule, next run or
/// active state changes, through the admin API or plain SQL alike. A scheduler claim (which moves
/// <c>next_execution</c> together with <c>last_scheduled_execution</c>) stays silent: it only ever moves a run later,
/// and the other instances find the row moved when they next wake. The cache trigger learns to ignore the scheduler's
/// bookkeeping columns.
/// </summary>
public partial class SchedulerClaimsAndBackOff
{
    private const string ScheduleTrigger = """
        CREATE FUNCTION notify_invoke_schedule_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' AND NEW.schedule_enabled IS NOT TRUE THEN
                RETURN NULL;
            END IF;
            IF TG_OP = 'UPDATE' AND (
                NEW.last_scheduled_execution IS DISTINCT FROM OLD.last_scheduled_execution
                OR (NEW.schedule_enabled, NEW.schedule_cron, NEW.next_execution, NEW.is_active)
                    IS NOT DISTINCT FROM (OLD.schedule_enabled, OLD.schedule_cron, OLD.next_execution, OLD.is_active)) THEN
                RETURN NULL;
            END IF;
            PERFORM pg_notify('invoke_schedule_changed', jsonb_build_object('id', NEW.id)::text);
            RETURN NULL;
        END;
        $$;

        CREATE TRIGGER trig_notify_schedule_functions AFTER INSERT OR UPDATE ON functions
            FOR EACH ROW EXECUTE FUNCTION notify_invoke_schedule_change();
        """;

    /// <summary>
    /// The scheduler's own bookkeeping: the lease and the failure count change at every scheduled run, and no cached
    /// result contains them, so the cache trigger ignores them like the other bookkeeping columns.
    /// </summary>
    private static readonly string CacheChangeFunction = CacheInvalidationTriggers.ChangeFunction(
        "CREATE OR REPLACE", CacheInvalidationTriggers.UnnotifiedColumns + ", 'schedule_failure_count', 'schedule_running_until'");

    private static readonly string PreviousCacheChangeFunction =
        CacheInvalidationTriggers.ChangeFunction("CREATE OR REPLACE", CacheInvalidationTriggers.UnnotifiedColumns);

    private const string DropScheduleTrigger = """
        DROP TRIGGER trig_notify_schedule_functions ON functions;
        DROP FUNCTION notify_invoke_schedule_change();
        """;
}
