namespace Hatchery.NativeModules;

/// <summary>Whose API a module implements, as <c>hatchery modules</c> reports it.</summary>
public enum ModuleOrigin
{
    /// <summary>A module the embedding application adds (the default for a <see cref="NativeModule"/>).</summary>
    Application,

    /// <summary>One of Node's core modules, implemented by Hatchery to behave as Node's does.</summary>
    Node,

    /// <summary>One of Hatchery's own modules, which Node does not have.</summary>
    Hatchery,
}
