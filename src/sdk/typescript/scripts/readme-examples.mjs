// Writes the TypeScript examples of the docs to test/readme/<name>.ts, so that `tsc --strict`
// checks them and the tests run them. Each is a whole program named by the
// `<!-- example: name -->` line above its block. In the package's README every TypeScript block
// must be one (a block without a name fails, so none goes unchecked); in Quire's frontend guide,
// only the marked blocks are (the rest are fragments of plain-HTTP code).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const sources = [
  { file: new URL("../README.md", import.meta.url), everyBlock: true },
  { file: new URL("../../../../docs/frontend.md", import.meta.url), everyBlock: false },
];
const out = new URL("../test/readme/", import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const block = /(?:<!-- example: ([a-z0-9-]+) -->\n)?```(ts|typescript|tsx)\n([\s\S]*?)```/g;
let count = 0;
for (const { file, everyBlock } of sources) {
  for (const [, name, , code] of readFileSync(file, "utf8").matchAll(block)) {
    if (!name) {
      if (!everyBlock) continue;
      console.error(`${file.pathname}: a TypeScript block has no "<!-- example: name -->" line above it:\n${code}`);
      process.exit(1);
    }
    writeFileSync(new URL(`${name}.ts`, out), code);
    count++;
  }
}
console.log(`${count} examples of the docs written to test/readme/`);
