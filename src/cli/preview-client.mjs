// Loaded (node --import) into Framework's preview server by `npm run dev`: registers
// preview-client-hooks.mjs, which bundles Framework's own client files once per preview
// instead of on every page load; and the part of framework-build-hooks.mjs that keeps what
// Framework learns by parsing the pages' modules (not its once-per-build answers: the preview's
// files change while it runs).
import { register } from "node:module";

register("./preview-client-hooks.mjs", import.meta.url);
register("./framework-build-hooks.mjs", import.meta.url, { data: { factsOnly: true } });
