// Interop peer for CandidInteropTest: reads lines "<types as JSON>\t<message hex>", decodes each message with
// @dfinity/candid at those types, encodes the decoded values again and writes "ok <hex>" (or "err <message>").
'use strict';
const { IDL } = require('@dfinity/candid');
const readline = require('readline');

const PRIM = {
  null: IDL.Null, bool: IDL.Bool, nat: IDL.Nat, int: IDL.Int, nat8: IDL.Nat8, nat16: IDL.Nat16, nat32: IDL.Nat32,
  nat64: IDL.Nat64, int8: IDL.Int8, int16: IDL.Int16, int32: IDL.Int32, int64: IDL.Int64, float32: IDL.Float32,
  float64: IDL.Float64, text: IDL.Text, reserved: IDL.Reserved, empty: IDL.Empty, principal: IDL.Principal,
};

function build(j, recs) {
  if (PRIM[j.k]) return PRIM[j.k];
  switch (j.k) {
    case 'opt': return IDL.Opt(build(j.t, recs));
    case 'vec': return IDL.Vec(build(j.t, recs));
    case 'record':
      if (j.tuple) return IDL.Tuple(...j.f.map((f) => build(f[1], recs)));
      return IDL.Record(Object.fromEntries(j.f.map(([n, t]) => [n, build(t, recs)])));
    case 'variant': return IDL.Variant(Object.fromEntries(j.f.map(([n, t]) => [n, build(t, recs)])));
    case 'rec': { const r = IDL.Rec(); recs[j.n] = r; r.fill(build(j.t, recs)); return r; }
    case 'ref': return recs[j.n];
    default: throw new Error('unknown type ' + j.k);
  }
}

const rl = readline.createInterface({ input: process.stdin, terminal: false });
rl.on('line', (line) => {
  const tab = line.indexOf('\t');
  let out;
  try {
    const types = JSON.parse(line.slice(0, tab)).map((j) => build(j, {}));
    const values = IDL.decode(types, new Uint8Array(Buffer.from(line.slice(tab + 1), 'hex')));
    out = 'ok ' + Buffer.from(IDL.encode(types, values)).toString('hex');
  } catch (e) {
    out = 'err ' + String(e && e.message ? e.message : e).replace(/\s+/g, ' ');
  }
  process.stdout.write(out + '\n');
});
