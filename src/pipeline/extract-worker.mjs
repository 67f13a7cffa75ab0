// The entry of an extraction thread. A worker thread does not inherit the TypeScript loader the
// pipeline runs under (tsx), so it registers it before loading the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
