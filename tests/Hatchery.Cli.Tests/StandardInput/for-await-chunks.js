(async () => {
  const parts = [];
  for await (const chunk of process.stdin) parts.push(chunk);
  const all = Buffer.concat(parts);
  console.log(Buffer.isBuffer(parts[0]), all.length, JSON.stringify(all.toString()));
})();
