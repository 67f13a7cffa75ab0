// Hostile inputs of 1 MB each, from the shapes of tests/fixtures/hostile-shapes.ts (used by the
// fuzz test and by `npm run bench`).
import { HOSTILE_SHAPES, hostileText } from "../fixtures/hostile-shapes.ts";

const MB = 1 << 20;

export const HOSTILE_INPUTS: Record<string, string> = Object.fromEntries(Object.keys(HOSTILE_SHAPES).map((name) => [name, hostileText(name, MB)]));
