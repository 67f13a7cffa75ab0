// Loaded (node --import) into Framework's preview server by `npm run dev`: drops the lines it
// logs for every request and every page socket ("GET /_file/…", "socket open", "↑ {type: …}"),
// which would bury the pipeline's messages, and keeps everything else (its address, errors).
const NOISE = /^(GET|HEAD|POST|socket open|socket close|↑|↓)$/;
// eslint-disable-next-line no-control-regex
const plain = (value) => (typeof value === "string" ? value.replace(/\u001b\[[0-9;]*m/g, "") : value);
const log = console.log.bind(console);
console.log = (...args) => {
  if (args.length > 0 && NOISE.test(plain(args[0]))) return;
  log(...args);
};
