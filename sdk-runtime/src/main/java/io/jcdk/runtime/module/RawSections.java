package io.jcdk.runtime.module;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks the section headers of a Wasm binary to list its custom sections. Chicory keeps custom sections in a map
 * by name, which hides duplicates that the IC's rules care about.
 */
final class RawSections {
    private RawSections() {}

    static List<CustomSection> customSections(byte[] wasm) {
        List<CustomSection> out = new ArrayList<>();
        int[] pos = {8};
        while (pos[0] < wasm.length) {
            int id = wasm[pos[0]++] & 0xff;
            long size = readU32(wasm, pos);
            long end = pos[0] + size;
            if (end > wasm.length) {
                throw new InvalidModuleException("invalid WebAssembly module: section " + id + " at byte " + pos[0]
                        + " claims " + size + " bytes but the module ends at " + wasm.length);
            }
            if (id == 0) {
                long nameLength = readU32(wasm, pos);
                if (pos[0] + nameLength > end) {
                    throw new InvalidModuleException("invalid WebAssembly module: custom section name overruns its section");
                }
                String name = utf8(Arrays.copyOfRange(wasm, pos[0], (int) (pos[0] + nameLength)));
                byte[] content = Arrays.copyOfRange(wasm, (int) (pos[0] + nameLength), (int) end);
                out.add(new CustomSection(name, content));
            }
            pos[0] = (int) end;
        }
        return out;
    }

    private static long readU32(byte[] b, int[] pos) {
        long result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (pos[0] >= b.length) {
                throw new InvalidModuleException("invalid WebAssembly module: unexpected end inside a section header");
            }
            int x = b[pos[0]++] & 0xff;
            result |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                return result;
            }
        }
        throw new InvalidModuleException("invalid WebAssembly module: malformed LEB128 length in a section header");
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidModuleException("invalid WebAssembly module: a custom section name is not valid UTF-8");
        }
    }
}
