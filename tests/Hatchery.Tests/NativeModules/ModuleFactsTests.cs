using System.Reflection;
using Hatchery.Builtins;
using Hatchery.NativeModules;

namespace Hatchery.Tests.NativeModules;

/// <summary>What <c>hatchery modules</c> reports about each built-in module must follow from how it is built.</summary>
public sealed class ModuleFactsTests
{
    public static TheoryData<string> Builtins() => new(BuiltinModules.Create().Select(m => m.Name));

    [Theory]
    [MemberData(nameof(Builtins))]
    public void A_builtins_origin_follows_its_folder(string name)
    {
        // Builtins/<name>/ holds Node's modules, HostModules/<name>/ Hatchery's own.
        var module = Find(name);
        var expected = module.GetType().Namespace!.StartsWith("Hatchery.HostModules.", StringComparison.Ordinal) ? ModuleOrigin.Hatchery : ModuleOrigin.Node;
        Assert.Equal(expected, module.Origin);
    }

    [Theory]
    [MemberData(nameof(Builtins))]
    public void A_scripted_module_is_mixed_exactly_when_it_adds_bindings(string name)
    {
        if (Find(name) is not ScriptedModule module) return;

        var addBindings = module.GetType().GetMethod("AddBindings", BindingFlags.Instance | BindingFlags.NonPublic)!;
        var expected = addBindings.DeclaringType == typeof(ScriptedModule) ? ModuleImplementation.JavaScript : ModuleImplementation.Mixed;
        Assert.Equal(expected, module.Implementation);
    }

    [Fact]
    public void A_module_of_the_application_says_so_and_is_native_by_default()
    {
        var module = new ApplicationModule();

        Assert.Equal(ModuleOrigin.Application, module.Origin);
        Assert.Equal(ModuleImplementation.CSharp, module.Implementation);
    }

    private static NativeModule Find(string name) => BuiltinModules.Create().Single(m => m.Name == name);

    private sealed class ApplicationModule : NativeModule
    {
        public override string Name => "app";

        public override string Summary => "";

        public override string Documentation => "";

        public override void Load(NativeModuleContext context)
        {
        }
    }
}
