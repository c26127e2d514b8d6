using Jint;

namespace Hatchery.Benchmarks.Support;

/// <summary>
/// The baseline every target is a ratio against: Jint as a user gets it without Hatchery, one <see cref="Jint.Options"/>
/// instance shared by all engines (as the factory shares its own). Nothing of Hatchery's is in it.
/// </summary>
public static class BareJint
{
    public static readonly Options Options = new();
}
