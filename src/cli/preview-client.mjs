// Loaded (node --import) into Framework's preview server by `npm run dev`: registers
// preview-client-hooks.mjs, which bundles Framework's own client files once per preview
// instead of on every page load.
import { register } from "node:module";

register("./preview-client-hooks.mjs", import.meta.url);
