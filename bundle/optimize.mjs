// Shrinks the app's files for a release build, in place: `wasm-opt -Oz` on each Wasm file
// named (Binaryen, from the npm package binaryen@132), terser on each JavaScript file and
// Lightning CSS on each stylesheet.
// The app is built in a hundred-odd parts (bundle/src/split.rs): one Node process for all
// of them, where the command-line wasm-opt would spend over a second on each just starting.
import binaryen from 'binaryen';
import { minify } from 'terser';
import { transform } from 'lightningcss';
import { readFileSync, writeFileSync } from 'node:fs';

// -Oz: the default optimisation passes, shrinking as hard as they can.
binaryen.setOptimizeLevel(2);
binaryen.setShrinkLevel(2);
// What rustc enables on wasm32-unknown-unknown (and wasm-bindgen uses): every browser
// Carnet supports runs them.
const F = binaryen.Features;
const features = F.MVP | F.MutableGlobals | F.SignExt | F.NontrappingFPToInt | F.BulkMemory
  | F.BulkMemoryOpt | F.ReferenceTypes | F.Multivalue;

// `--twice`: each Wasm file through -Oz twice, as `wasm-opt --converge` would. The second
// pass finds what the first one's inlining left (180 B gzip off the app's main part); the
// app's parts take it, the studio's builder (minutes a pass, fetched once) does not.
const twice = process.argv.includes('--twice');
for (const file of process.argv.slice(2).filter((arg) => arg !== '--twice')) {
  if (file.endsWith('.wasm')) {
    const module = binaryen.readBinary(readFileSync(file));
    module.setFeatures(features);
    if (!module.validate()) {
      console.error(`optimize.mjs: ${file} is not valid WebAssembly`);
      process.exit(1);
    }
    module.optimize();
    if (twice) module.optimize();
    writeFileSync(file, module.emitBinary());
    module.dispose();
  } else if (file.endsWith('.js')) {
    const { code } = await minify(readFileSync(file, 'utf8'), { module: true });
    writeFileSync(file, code);
  } else if (file.endsWith('.css')) {
    const { code } = transform({ filename: file, code: readFileSync(file), minify: true });
    writeFileSync(file, code);
  } else {
    console.error(`optimize.mjs: ${file}: not .wasm, .js or .css`);
    process.exit(1);
  }
}
