namespace Hatchery.Builtins.Path;

/// <summary>
/// The arguments of a variadic path function (<c>join</c>, <c>resolve</c>). Implementations read them lazily so that a
/// binding can validate each one exactly when Node would, and a struct implementation keeps calls allocation-free.
/// </summary>
public interface IPathArguments
{
    /// <summary>How many arguments were passed.</summary>
    int Count { get; }

    /// <summary>The argument at <paramref name="index"/> as a string, or throws if it is not one.</summary>
    /// <param name="index">The zero-based argument index.</param>
    /// <param name="resolving">Whether the caller is <c>resolve</c> (Node names its parameters <c>paths[i]</c>, not <c>path</c>).</param>
    string Get(int index, bool resolving);
}

/// <summary>Path arguments that are already strings, for calling the algorithms from .NET.</summary>
public readonly struct StringPathArguments(string[] paths) : IPathArguments
{
    /// <inheritdoc />
    public int Count => paths.Length;

    /// <inheritdoc />
    public string Get(int index, bool resolving) => paths[index];
}
