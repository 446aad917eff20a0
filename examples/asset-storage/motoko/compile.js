// node motoko/compile.js: builds motoko/AssetStorage.mo with motoko@3.11.3 from the root's tools/npm and writes
// target/motoko/asset_storage.wasm, .wasm.gz and .did (sizes for BENCHMARKS.md "Code size").
const path = require('path');
const fs = require('fs');
const zlib = require('zlib');
const root = path.resolve(__dirname, '..', '..', '..');
const modules = path.join(root, 'tools', 'npm', 'node_modules');
const mo = require(path.join(modules, 'motoko'));
mo.loadPackage(require(path.join(modules, 'motoko', 'packages', 'latest', 'base.json')));
mo.write('Main.mo', fs.readFileSync(path.join(__dirname, 'AssetStorage.mo'), 'utf8'));
const r = mo.wasm('Main.mo', 'ic');
const out = path.join(__dirname, '..', 'target', 'motoko');
fs.mkdirSync(out, { recursive: true });
const wasm = Buffer.from(r.wasm);
const gz = zlib.gzipSync(wasm);
fs.writeFileSync(path.join(out, 'asset_storage.wasm'), wasm);
fs.writeFileSync(path.join(out, 'asset_storage.wasm.gz'), gz);
fs.writeFileSync(path.join(out, 'asset_storage.did'), r.candid);
console.log(`asset_storage.wasm ${wasm.length} bytes, gzip ${gz.length} bytes`);
