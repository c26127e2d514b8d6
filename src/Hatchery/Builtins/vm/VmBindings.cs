using Acornima.Ast;
using Hatchery.Builtins.Crypto;
using Hatchery.Interop;
using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Vm;

/// <summary>
/// The C# half of <c>vm.js</c>: compiling a script (parse errors come back as data, for the script to build Node's
/// <c>SyntaxError</c>), making a context, and running a compiled script in this context or in one.
/// </summary>
internal static class VmBindings
{
    private static readonly ScriptPreparationOptions Options = ScriptPreparationOptions.Default with
    {
        ParsingOptions = ScriptParsingOptions.Default with { RetainFunctionSourceText = true },
    };

    public static void Add(Engine engine, ObjectInstance binding)
    {
        var functions = new FunctionBuilder(engine, "vm");
        var timedOut = new JsObject(engine);
        binding.Set("timedOut", timedOut);
        // Absent from engines of factories without vm; the module is not loaded there either, but a host may add it later.
        var deadline = engine.Constraints.Find<VmScriptDeadline>();

        // compile(code, filename): a script handle, or [message, line, column] when the code does not parse.
        functions.Define(binding, "compile", 2, (_, arguments) =>
        {
            var code = Arg(arguments, 0).AsString();
            var filename = Arg(arguments, 1).AsString();
            try
            {
                return new HostState<PreparedScript>(engine, new PreparedScript(Engine.PrepareScript(code, filename, options: Options)));
            }
            catch (ScriptPreparationException e) when (e.InnerException is Acornima.ParseErrorException parse)
            {
                return ParseError(engine, parse);
            }
            catch (Acornima.ParseErrorException parse)
            {
                return ParseError(engine, parse);
            }
        });

        // newContext(): a handle on a new realm.
        functions.Define(binding, "newContext", 0, (_, _) => new HostState<VmContext>(engine, VmContext.Create(engine)));

        // global(context): the context's global object, whose built-ins some errors are made with.
        functions.Define(binding, "global", 1, (_, arguments) => HostState<VmContext>.Of(Arg(arguments, 0)).Global);

        // run(context | null, script, sandbox, timeout | undefined): the completion value, or timedOut.
        functions.Define(binding, "run", 4, (_, arguments) =>
        {
            var context = Arg(arguments, 0) is HostState<VmContext> handle ? handle.Value : null;
            var script = HostState<PreparedScript>.Of(Arg(arguments, 1)).Script;
            var sandbox = Arg(arguments, 2) as ObjectInstance;
            var timeout = Arg(arguments, 3);
            if (timeout.IsUndefined() || deadline is null) return Run(engine, context, script, sandbox);
            var owner = new object();
            var saved = VmScriptDeadline.Arm(timeout.AsNumber(), owner);
            try
            {
                return Run(engine, context, script, sandbox);
            }
            catch (VmTimeoutException e) when (ReferenceEquals(e.Owner, owner))
            {
                return timedOut;
            }
            finally
            {
                VmScriptDeadline.Restore(saved);
            }
        });
    }

    private static JsValue Run(Engine engine, VmContext? context, Prepared<Script> script, ObjectInstance? sandbox) =>
        context is null ? NestedEvaluation.Evaluate(engine, in script) : context.Run(in script, sandbox!);

    private static JsValue Arg(JsValue[] arguments, int index) => index < arguments.Length ? arguments[index] : JsValue.Undefined;

    private static JsArray ParseError(Engine engine, Acornima.ParseErrorException parse) =>
        new(engine, [parse.Description ?? parse.Message, parse.LineNumber, parse.Column]);

    /// <summary>A parsed script, in a class so that a <see cref="HostState{T}"/> can hold it.</summary>
    private sealed record PreparedScript(Prepared<Script> Script);
}
