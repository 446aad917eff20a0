package io.jcdk.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import org.junit.jupiter.api.Test;

class JournaledMemoryTest {
    @Test
    void rollbackRestoresOnlyTouchedPagesAndSize() {
        JournaledMemory m = new JournaledMemory(new MemoryLimits(4, 100));
        m.writeLong(10, 42);
        m.begin();
        m.writeLong(10, 7);
        m.writeI32(65534, 0x01020304); // straddles pages 0 and 1
        m.grow(2);
        m.writeByte(5 * 65536 + 3, (byte) 9);
        assertEquals(2, m.journaledPages());
        m.rollback();
        assertEquals(4, m.pages());
        assertEquals(42, m.readLong(10));
        assertEquals(0, m.readInt(65534));
        m.grow(2);
        assertEquals(0, m.read(5 * 65536 + 3), "regrown pages read as zero");
    }

    @Test
    void commitKeepsAndBoundsAreChecked() {
        JournaledMemory m = new JournaledMemory(new MemoryLimits(1, 2));
        m.begin();
        m.write(100, new byte[] {1, 2, 3});
        m.copy(200, 100, 3);
        m.commit();
        assertArrayEquals(new byte[] {1, 2, 3}, m.readBytes(200, 3));
        assertThrows(WasmRuntimeException.class, () -> m.readInt(65533));
        assertThrows(WasmRuntimeException.class, () -> m.writeByte(-1, (byte) 0));
        assertEquals(-1, m.grow(2));
        assertEquals(1, m.grow(1));
    }

    @Test
    void stableMemoryJournal() {
        StableMemory s = new StableMemory();
        s.grow(1, StableMemory.MAX_PAGES);
        s.write(0, new byte[] {5}, 0, 1);
        s.begin();
        s.write(0, new byte[] {6}, 0, 1);
        s.grow(3, StableMemory.MAX_PAGES);
        s.write(3 * 65536L, new byte[] {7}, 0, 1);
        s.rollback();
        byte[] b = new byte[1];
        s.read(0, b, 0, 1);
        assertEquals(5, b[0]);
        assertEquals(1, s.sizePages());
        assertEquals(-1, s.grow(StableMemory.MAX_PAGES_32, StableMemory.MAX_PAGES_32));
    }

    @Test
    void savepointsInsideOneTransaction() {
        JournaledMemory m = new JournaledMemory(new MemoryLimits(1, 10));
        m.writeLong(0, 1);
        m.begin();
        JournaledMemory.Savepoint start = m.savepoint();
        m.writeLong(0, 2);
        m.grow(1);
        m.writeLong(65536, 3);
        JournaledMemory.Savepoint mid = m.savepoint();
        m.writeLong(0, 4);
        m.writeLong(65536, 5);
        m.grow(1);
        m.writeLong(2 * 65536, 6);
        m.rollbackTo(start);
        assertEquals(1, m.pages());
        assertEquals(1, m.readLong(0));
        m.writeLong(0, 9);
        m.rollbackTo(mid);
        assertEquals(2, m.pages());
        assertEquals(2, m.readLong(0));
        assertEquals(3, m.readLong(65536));
        m.grow(1);
        assertEquals(0, m.readLong(2 * 65536), "pages grown after the savepoint read as zero");
        m.rollback();
        assertEquals(1, m.pages());
        assertEquals(1, m.readLong(0));
    }

    @Test
    void stableMemorySavepoints() {
        StableMemory s = new StableMemory();
        s.grow(1, StableMemory.MAX_PAGES);
        s.write(0, new byte[] {1}, 0, 1);
        s.begin();
        StableMemory.Savepoint start = s.savepoint();
        s.write(0, new byte[] {2}, 0, 1);
        s.grow(1, StableMemory.MAX_PAGES);
        s.write(65536, new byte[] {3}, 0, 1);
        StableMemory.Savepoint mid = s.savepoint();
        s.write(0, new byte[] {4}, 0, 1);
        s.write(65536, new byte[] {5}, 0, 1);
        byte[] b = new byte[1];
        s.rollbackTo(start);
        assertEquals(1, s.sizePages());
        s.read(0, b, 0, 1);
        assertEquals(1, b[0]);
        s.write(0, new byte[] {8}, 0, 1);
        s.rollbackTo(mid);
        assertEquals(2, s.sizePages());
        s.read(0, b, 0, 1);
        assertEquals(2, b[0]);
        s.read(65536, b, 0, 1);
        assertEquals(3, b[0]);
        s.rollback();
        assertEquals(1, s.sizePages());
        s.read(0, b, 0, 1);
        assertEquals(1, b[0], "the before-image survived the savepoints");
    }
}
