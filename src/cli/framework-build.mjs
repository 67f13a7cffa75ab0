// Loaded (node --import) into the Framework process of `npm run build` only, by src/cli/build.ts:
// registers framework-build-hooks.mjs, which answers Framework's repeated route and anchor
// questions once per build.
import { register } from "node:module";

register("./framework-build-hooks.mjs", import.meta.url);
