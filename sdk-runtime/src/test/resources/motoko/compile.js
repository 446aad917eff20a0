// Compiles Motoko sources with the npm package motoko (moc in JS): node compile.js <node_modules> <Main.mo> <out.wasm>
const path = require('path');
const fs = require('fs');
const [modules, source, out] = process.argv.slice(2);
const mo = require(path.join(modules, 'motoko'));
mo.loadPackage(require(path.join(modules, 'motoko', 'packages', 'latest', 'base.json')));
mo.write('Main.mo', fs.readFileSync(source, 'utf8'));
const r = mo.wasm('Main.mo', 'ic');
fs.writeFileSync(out, Buffer.from(r.wasm));
