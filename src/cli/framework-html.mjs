// Loaded (node --import) into every Framework process by src/cli/framework.ts: registers
// framework-html-hooks.mjs, which gives Framework's HTML parser one shared jsdom window.
import { register } from "node:module";

register("./framework-html-hooks.mjs", import.meta.url);
