using System.Runtime.ExceptionServices;
using Acornima;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// Gives the errors Jint raises itself V8's wording (<see cref="EngineMessageTable"/>). Jint has no hook for its own
/// messages, but it raises each such error as a .NET <see cref="JavaScriptException"/> before any JavaScript
/// <c>catch</c> or promise rejection sees it, so a first-chance handler, run synchronously on the engine's thread at the
/// throw, rewrites the error object's own <c>message</c> there. A script's own <c>throw</c> is never touched: only an
/// exception whose throwing method is Jint's (not Jint's re-throw of a value already thrown) is, and the table's texts
/// are not Jint's, so a second pass over the same error changes nothing. No exception, no cost.
/// </summary>
internal static class EngineMessages
{
    private static readonly System.Reflection.Assembly Jint = typeof(Engine).Assembly;
    private static readonly JsString Message = new("message");
    private static int s_installed;

    /// <summary>Subscribes the handler, once per process.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref s_installed, 1) == 0) AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;
    }

    private static void OnFirstChance(object? sender, FirstChanceExceptionEventArgs args)
    {
        if (args.Exception is JintException { Message: var jintMessage } jint && jint.GetType().Assembly == Jint && EngineMessageTable.WithoutEngine(jintMessage) is { } v8)
        {
            // Raised where Jint has no engine (its type conversions): the error object is made later from this message.
            MessageField(jint) = v8;
            return;
        }
        if (args.Exception is not JavaScriptException { Error: ObjectInstance error } exception || EngineMessageValues.Reading) return;
        // Jint raises its stack-overflow RangeError with little stack left; the rewrite must not use that up.
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) return;
        if (error.GetOwnProperty(Message).Value is not JsString message) return;
        try
        {
            if (message.ToString().StartsWith(Modules.EsModuleLoader.JintLinkMessage, StringComparison.Ordinal))
            {
                ExplainDynamicImport(exception, error);
                return;
            }
            var site = new EngineMessageTable.Site(exception, error.Engine);
            if (EngineMessageTable.Rewrite(message.ToString(), site) is not { } text || !MadeByJint(exception)) return;
            error.Set(Message, text, error);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The message stays Jint's: a handler that throws would replace the script's error with its own.
        }
    }

    // A static import's link failure is explained where the import started (EsModules.StartMain, require of an ES
    // module); a dynamic import()'s is not seen there, as Jint rejects the promise with the error itself: only the
    // .NET stack tells the two apart, read for this rare error alone.
    private static void ExplainDynamicImport(JavaScriptException exception, ObjectInstance error)
    {
        if (!MadeByJint(exception) || error.Engine.Advanced.HostDefined is not JsRuntime runtime) return;
        var frames = new System.Diagnostics.StackTrace(false).GetFrames();
        if (!frames.Any(frame => frame.GetMethod() is { } method && method.DeclaringType?.Assembly == Jint && method.Name.Contains("DynamicImport", StringComparison.Ordinal))) return;
        runtime.Modules.EsModules.ExplainDynamicImport(error);
    }

    [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = "_message")]
    private static extern ref string? MessageField(Exception exception);

    // Jint's throw helpers and interpreter raise their errors from Jint's own methods; a value a script threw is raised
    // again by Throw.JavaScriptException(Engine, JsValue, …) as it leaves a function, and a host's error from its own code.
    private static bool MadeByJint(Exception exception) =>
        exception.TargetSite is { } method && method.DeclaringType?.Assembly == Jint
        && !(method.Name == "JavaScriptException" && method.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(Engine));
}
