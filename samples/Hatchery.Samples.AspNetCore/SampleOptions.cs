namespace Hatchery.Samples.AspNetCore;

/// <summary>The sample's own settings (the section <c>Sample</c>).</summary>
public sealed class SampleOptions
{
    /// <summary>The longest one call into a request's runtime may run before it is stopped.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
