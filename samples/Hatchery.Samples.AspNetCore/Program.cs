// A minimal ASP.NET Core app that runs a JavaScript handler per request: see SampleApp and ScriptEndpoints.
await Hatchery.Samples.AspNetCore.SampleApp.Build(args).RunAsync();
