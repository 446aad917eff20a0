#!/usr/bin/env python3
"""Code size of a Wasm module per function and per Java class, from its name section.

Usage: wasm_sizes.py MODULE.wasm [--top N] [--filter PREFIX] [--functions]
Build with names first, e.g. in examples/counter:
  mvn -B -q install -DskipTests -Djcdk.debugNames=true   # then target/jcdk-teavm/classes.wasm has names
"""
import re
import sys
from collections import defaultdict


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def parse(path):
    b = open(path, 'rb').read()
    i = 8
    nimports = 0
    bodies = []
    names = {}
    while i < len(b):
        sid = b[i]
        i += 1
        size, i = leb(b, i)
        end = i + size
        if sid == 2:  # imports
            n, j = leb(b, i)
            for _ in range(n):
                l, j = leb(b, j); j += l
                l, j = leb(b, j); j += l
                kind = b[j]; j += 1
                if kind == 0:
                    _, j = leb(b, j); nimports += 1
                elif kind == 1:
                    j += 1; fl, j = leb(b, j); _, j = leb(b, j)
                    if fl & 1: _, j = leb(b, j)
                elif kind == 2:
                    fl, j = leb(b, j); _, j = leb(b, j)
                    if fl & 1: _, j = leb(b, j)
                else:
                    j += 2
        elif sid == 10:
            n, j = leb(b, i)
            for _ in range(n):
                l, j2 = leb(b, j)
                bodies.append(j2 - j + l)
                j = j2 + l
        elif sid == 0:
            l, j = leb(b, i)
            nm = b[j:j + l].decode()
            j += l
            if nm == 'name':
                while j < end:
                    sub = b[j]; j += 1
                    sl, j = leb(b, j)
                    if sub == 1:
                        n, k = leb(b, j)
                        for _ in range(n):
                            idx, k = leb(b, k)
                            l2, k = leb(b, k)
                            names[idx] = b[k:k + l2].decode('utf-8', 'replace')
                            k += l2
                    j += sl
        i = end
    funcs = []
    for k, size in enumerate(bodies):
        funcs.append((names.get(nimports + k, '?%d' % (nimports + k)), size))
    return len(b), funcs


def owner(name):
    # TeaVM 0.13 names: meth_<package initials>_<Class>[_<Inner>]_<method>, supertypeof_<pkg>_<Class>,
    # initclass_<pkg>_<Class>; packages are abbreviated (ijc = io.jcdk.candid, jl = java.lang, jm = java.math)
    m = re.match(r'^(meth|supertypeof|initclass)_([a-z]+)_(.*)$', name)
    if not m:
        return name.split('_')[0] + '.*'
    kind, pkg, rest = m.groups()
    if kind == 'meth' and '_' in rest:
        rest = rest.rsplit('_', 1)[0]
        while rest.endswith('_'):
            rest = rest[:-1]
    return pkg + '.' + re.sub(r'_lambda_.*', '', rest)


def main():
    args = sys.argv[1:]
    path = args[0]
    top = int(args[args.index('--top') + 1]) if '--top' in args else 40
    flt = args[args.index('--filter') + 1] if '--filter' in args else None
    total, funcs = parse(path)
    code = sum(s for _, s in funcs)
    print('module %d bytes, code %d bytes in %d functions' % (total, code, len(funcs)))
    if '--functions' in args:
        for n, s in sorted(funcs, key=lambda x: -x[1])[:top]:
            if not flt or n.startswith(flt):
                print('%8d  %s' % (s, n))
        return
    by = defaultdict(lambda: [0, 0])
    for n, s in funcs:
        o = owner(n)
        by[o][0] += s
        by[o][1] += 1
    pk = defaultdict(int)
    for o, (s, c) in by.items():
        pk[o.rsplit('.', 1)[0] if '.' in o else o] += s
    print('-- by package')
    for p, s in sorted(pk.items(), key=lambda x: -x[1])[:15]:
        print('%8d  %s' % (s, p))
    print('-- by class')
    for o, (s, c) in sorted(by.items(), key=lambda x: -x[1][0])[:top]:
        if not flt or o.startswith(flt):
            print('%8d %5d  %s' % (s, c, o))


if __name__ == '__main__':
    main()
