namespace Hatchery.Builtins.Vm;

/// <summary>The vm module's documentation text.</summary>
internal static class VmDocumentation
{
    public const string Text = """
        vm — compiling and running code in this context or in other contexts.

        new vm.Script(code[, { filename }]) compiles once; script.runInThisContext([options]),
        script.runInContext(context[, options]) and script.runInNewContext([sandbox][, options]) run it, as often
        as wanted. vm.runInThisContext(code[, options]), vm.runInContext(code, context[, options]) and
        vm.runInNewContext(code[, sandbox][, options]) compile and run in one call (options may be a filename).
        vm.createContext([object]) contextifies object (a new {} when omitted) and returns it;
        vm.isContext(object) tells whether it was. vm.compileFunction(code[, params][, { filename,
        parsingContext }]) returns a function of params whose body is code, in parsingContext's context or this one.

        filename names the code in stacks; a SyntaxError's stack starts with filename:line, the line and a caret,
        as in Node. timeout (ms) stops a run that takes longer with an Error whose code is
        ERR_SCRIPT_EXECUTION_TIMEOUT, "Script execution timed out after Nms"; the caller can catch it and go on.
        displayErrors, breakOnSigint, lineOffset, columnOffset, cachedData and microtaskMode are accepted and ignored.

        A context is a new realm of the runtime's own engine: its own global object and built-ins
        (vm.runInNewContext('Array') !== Array), so errors thrown inside have the context's constructors, and
        objects cross between contexts by reference. this and globalThis in the context are the realm's global,
        not the sandbox. The sandbox's own properties are copied onto that global before each run, and after each
        run (also one that throws) the global's var and function declarations, assignments to undeclared names and
        replaced built-ins are copied back onto the sandbox, and what the code deleted is deleted. A function made
        in a context and called later, between runs, reads and writes the global, not the sandbox. let, const and
        class declarations stay in the context and are seen by later runs in it, as in Node. A context has no
        require, console (Node's contexts have a silent one), process or timers unless the sandbox gives them.

        vm is not a security boundary, in Node or here: an object passed in leads back to this context's
        functions. What bounds code in a context is the runtime's own limits (time, statements, memory,
        recursion), which apply to it as to any code of the runtime; a timeout never extends them.
        Not supported: vm.Module and its subclasses, vm.measureMemory, script.createCachedData,
        importModuleDynamically.
        """;
}
