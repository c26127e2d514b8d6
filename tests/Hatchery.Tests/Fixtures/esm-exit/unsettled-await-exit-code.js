// An unsettled top-level await exits 13 even when process.exitCode was set.
process.exitCode = 3;
await new Promise(() => {});
