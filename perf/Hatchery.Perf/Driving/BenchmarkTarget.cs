using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace Hatchery.Perf.Driving;

/// <summary>
/// One BenchmarkDotNet benchmark loaded by name from a built benchmark assembly, ready to run its operation in a loop
/// outside BenchmarkDotNet (what <c>profile</c> runs under perf, EventPipe and callgrind). The assembly loads into an
/// isolated context with its own dependencies, so any revision's build can be driven by this tool.
/// </summary>
/// <remarks>
/// Names are <c>Suite.Method</c> or <c>Suite.Method(Param=Value,…)</c>, as report ids are. Attributes are matched
/// by name (<c>BenchmarkAttribute</c>, <c>GlobalSetupAttribute</c>, <c>ParamsAttribute</c>, …), so the tool does
/// not depend on the BenchmarkDotNet version the benchmarks were built with.
/// </remarks>
internal sealed class BenchmarkTarget
{
    private readonly object _instance;
    private readonly MethodInfo? _cleanup;

    private BenchmarkTarget(object instance, Action operation, MethodInfo? cleanup)
    {
        _instance = instance;
        Operation = operation;
        _cleanup = cleanup;
    }

    /// <summary>One call of the benchmark method.</summary>
    public Action Operation { get; }

    /// <summary>Loads <paramref name="assemblyPath"/>, finds <paramref name="name"/>, sets its parameters and runs its global setup.</summary>
    public static BenchmarkTarget Load(string assemblyPath, string name)
    {
        var (suiteName, methodName, parameters) = ParseName(name);
        var path = Path.GetFullPath(assemblyPath);
        var context = new BenchmarkLoadContext(path);
        var assembly = context.LoadFromAssemblyPath(path);
        var types = assembly.GetTypes().Where(t => t.Name == suiteName && !t.IsAbstract).ToList();
        if (types.Count != 1)
        {
            throw new InvalidDataException(types.Count == 0
                ? $"no benchmark class {suiteName} in {Path.GetFileName(path)}"
                : $"{suiteName} names {types.Count} classes in {Path.GetFileName(path)}");
        }
        var type = types[0];
        var method = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(m => m.Name == methodName && m.GetParameters().Length == 0 && HasAttribute(m, "BenchmarkAttribute"))
            ?? throw new InvalidDataException($"no [Benchmark] method {methodName}() in {suiteName}; its benchmarks: "
                                              + string.Join(", ", type.GetMethods().Where(m => HasAttribute(m, "BenchmarkAttribute")).Select(m => m.Name)));
        var instance = Activator.CreateInstance(type) ?? throw new InvalidDataException($"cannot create {suiteName}");
        foreach (var (key, value) in parameters) SetParameter(instance, key, value);
        foreach (var setup in Attributed(type, "GlobalSetupAttribute", methodName)) setup.Invoke(instance, null);
        var cleanup = Attributed(type, "GlobalCleanupAttribute", methodName).FirstOrDefault();
        return new BenchmarkTarget(instance, Bind(method, instance), cleanup);
    }

    /// <summary>Runs the global cleanup, if the suite has one.</summary>
    public void Cleanup() => _cleanup?.Invoke(_instance, null);

    /// <summary>Splits <c>Suite.Method(A=1,B=x)</c> into its parts.</summary>
    internal static (string Suite, string Method, List<(string Key, string Value)> Parameters) ParseName(string name)
    {
        var open = name.IndexOf('(');
        var head = open < 0 ? name : name[..open];
        var dot = head.LastIndexOf('.');
        if (dot <= 0 || dot == head.Length - 1) throw new InvalidDataException($"a benchmark is named Suite.Method or Suite.Method(Param=Value), not '{name}'");
        var parameters = new List<(string, string)>();
        if (open >= 0)
        {
            if (!name.EndsWith(')')) throw new InvalidDataException($"unclosed parameter list in '{name}'");
            foreach (var pair in name[(open + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = pair.IndexOf('=');
                if (equals <= 0) throw new InvalidDataException($"parameter '{pair}' in '{name}' is not Name=Value");
                parameters.Add((pair[..equals], pair[(equals + 1)..]));
            }
        }
        // Suite may be written with its namespace: only the class name is matched.
        var suite = head[..dot];
        return (suite[(suite.LastIndexOf('.') + 1)..], head[(dot + 1)..], parameters);
    }

    private static void SetParameter(object instance, string key, string text)
    {
        var type = instance.GetType();
        var property = type.GetProperty(key, BindingFlags.Public | BindingFlags.Instance);
        var field = property is null ? type.GetField(key, BindingFlags.Public | BindingFlags.Instance) : null;
        var target = property?.PropertyType ?? field?.FieldType ?? throw new InvalidDataException($"{type.Name} has no parameter {key}");
        object value = target.IsEnum ? Enum.Parse(target, text, ignoreCase: true) : Convert.ChangeType(text, target, CultureInfo.InvariantCulture);
        if (property is not null) property.SetValue(instance, value);
        else field!.SetValue(instance, value);
    }

    // A [GlobalSetup] applies to every method unless its Targets name others.
    private static IEnumerable<MethodInfo> Attributed(Type type, string attribute, string methodName) => type
        .GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Where(m => m.GetCustomAttributes(true).Any(a => a.GetType().Name == attribute && Targets(a, methodName)));

    private static bool Targets(object attribute, string methodName)
    {
        var targets = attribute.GetType().GetProperty("Targets")?.GetValue(attribute) as string[];
        return targets is null || targets.Length == 0 || targets.Contains(methodName);
    }

    private static bool HasAttribute(MethodInfo method, string name) => method.GetCustomAttributes(true).Any(a => a.GetType().Name == name);

    // A delegate, not MethodInfo.Invoke, so the loop measures the method and not reflection.
    private static Action Bind(MethodInfo method, object instance)
    {
        if (method.ReturnType == typeof(void)) return method.CreateDelegate<Action>(instance);
        if (!method.ReturnType.IsValueType)
        {
            var function = method.CreateDelegate<Func<object?>>(instance);
            return () => GC.KeepAlive(function());
        }
        return () => method.Invoke(instance, null);
    }

    private sealed class BenchmarkLoadContext(string mainAssembly) : AssemblyLoadContext("benchmarks", isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}
