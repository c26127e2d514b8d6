using System.Diagnostics;

namespace Hatchery.CallLog;

/// <summary>
/// The call log's bridge to <see cref="System.Diagnostics"/> tracing: each logged call is also an
/// <see cref="Activity"/> of the source <c>Hatchery.CallLog</c>, named <c>module.function</c>, so OpenTelemetry
/// (or any <see cref="ActivityListener"/>) sees script calls in its traces. Nothing is created when nothing listens.
/// </summary>
public static class CallActivities
{
    /// <summary>The name of the <see cref="ActivitySource"/> (what <c>AddSource</c> takes).</summary>
    public const string SourceName = "Hatchery.CallLog";

    private static readonly ActivitySource Source = new(SourceName, typeof(CallActivities).Assembly.GetName().Version?.ToString());

    /// <summary>An activity for a call starting now, or null when nothing listens.</summary>
    internal static Activity? Start(string runtimeId, bool hostToJs, string module, string function)
    {
        if (!Source.HasListeners()) return null;
        var activity = Source.StartActivity(module + "." + function, ActivityKind.Internal);
        if (activity is null) return null;
        activity.SetTag("hatchery.runtime", runtimeId);
        activity.SetTag("hatchery.direction", hostToJs ? "host->js" : "js->host");
        activity.SetTag("hatchery.module", module);
        activity.SetTag("hatchery.function", function);
        return activity;
    }

    /// <summary>
    /// Takes a started activity off <see cref="Activity.Current"/> while its call goes on as a pending promise, so
    /// later calls are not parented to it.
    /// </summary>
    internal static void Detach(Activity? activity)
    {
        if (activity is not null && Activity.Current == activity) Activity.Current = activity.Parent;
    }

    /// <summary>Ends <paramref name="activity"/> with what <paramref name="entry"/> recorded.</summary>
    internal static void Stop(Activity? activity, CallLogEntry entry)
    {
        if (activity is null) return;
        activity.SetTag("hatchery.args", entry.Arguments);
        if (entry.Result is not null) activity.SetTag("hatchery.result", entry.Result);
        if (entry.ErrorName is not null)
        {
            activity.SetTag("error.type", entry.ErrorName);
            activity.SetStatus(ActivityStatusCode.Error, entry.ErrorMessage);
        }
        var current = Activity.Current;
        activity.Stop();
        // A promise's activity ends later than its call, when something else may be current.
        if (current != activity) Activity.Current = current;
    }
}
