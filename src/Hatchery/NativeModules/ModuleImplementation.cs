namespace Hatchery.NativeModules;

/// <summary>What a module is written in, as <c>hatchery modules</c> reports it.</summary>
public enum ModuleImplementation
{
    /// <summary>C# only: a native module in the strict sense.</summary>
    CSharp,

    /// <summary>JavaScript only, shipped inside the assembly (a <see cref="ScriptedModule"/> without bindings).</summary>
    JavaScript,

    /// <summary>JavaScript that calls C# functions of its own (a <see cref="ScriptedModule"/> with bindings), or a C# object completed by a script.</summary>
    Mixed,
}
