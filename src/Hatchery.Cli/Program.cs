using Hatchery.Cli;

// Wiring only: the real process's streams, directory and terminal go to the in-process entry point.
return CliApp.Run(args, new CliContext(
    Console.In,
    Console.Out,
    Console.Error,
    Environment.CurrentDirectory,
    IsTerminal: !Console.IsInputRedirected && !Console.IsOutputRedirected,
    InputStream: Console.OpenStandardInput()));
