// Loaded (node --import) into Framework's preview server by `npm run dev`: drops the lines it
// logs for every request and every page socket ("GET /_file/…", "socket open", "↑ {type: …}")
// and for each library it bundles into its cache on a first visit ("d3-array → docs/.observablehq/
// cache/…"), which would bury the pipeline's messages. Everything else (its address, warnings,
// errors) is kept.
const NOISE = /^(GET|HEAD|POST|socket open|socket close|↑|↓)$/;
const CACHED = /\s→\s.*\.observablehq[/\\]cache[/\\]/;
// eslint-disable-next-line no-control-regex
const plain = (value) => (typeof value === "string" ? value.replace(/\u001b\[[0-9;]*m/g, "") : value);
const log = console.log.bind(console);
console.log = (...args) => {
  const first = plain(args[0]);
  if (typeof first === "string" && (NOISE.test(first) || (args.length === 1 && CACHED.test(first)))) return;
  log(...args);
};
