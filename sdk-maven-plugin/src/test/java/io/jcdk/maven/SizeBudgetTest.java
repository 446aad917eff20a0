package io.jcdk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizeBudgetTest {
    @TempDir
    Path dir;

    @Test
    void growthUpToTheToleranceIsWithinBudget() {
        SizeBudget.Sizes recorded = new SizeBudget.Sizes(100_000, 40_000);
        assertEquals(List.of(), SizeBudget.excess(recorded, new SizeBudget.Sizes(110_000, 44_000), 10));
        assertEquals(List.of(), SizeBudget.excess(recorded, new SizeBudget.Sizes(50_000, 20_000), 10));
    }

    @Test
    void growthBeyondTheToleranceIsNamedPerSize() {
        SizeBudget.Sizes recorded = new SizeBudget.Sizes(100_000, 40_000);
        List<String> excess = SizeBudget.excess(recorded, new SizeBudget.Sizes(110_001, 44_000), 10);
        assertEquals(List.of("the module is 110001 bytes raw, 10% over its recorded 100000 bytes (tolerance 10%)"),
                excess);
        excess = SizeBudget.excess(recorded, new SizeBudget.Sizes(150_000, 60_000), 10);
        assertEquals(2, excess.size());
        assertTrue(excess.get(1).startsWith("the module is 60000 bytes gzipped, 50% over"), excess.get(1));
        assertEquals(List.of(), SizeBudget.excess(recorded, new SizeBudget.Sizes(150_000, 60_000), 50));
    }

    @Test
    void aRecordIsWrittenAndReadBack() throws IOException {
        Path file = dir.resolve(SizeBudget.FILE_NAME);
        assertNull(SizeBudget.read(file));
        SizeBudget.write(file, "counter", new SizeBudget.Sizes(490_666, 122_777));
        assertEquals(new SizeBudget.Sizes(490_666, 122_777), SizeBudget.read(file));
        assertTrue(Files.readString(file).contains("-Djcdk.sizeBudget=record"));
    }

    @Test
    void aBrokenRecordIsAnError() throws IOException {
        Path file = dir.resolve(SizeBudget.FILE_NAME);
        Files.writeString(file, "raw=12\n");
        assertTrue(assertThrows(IOException.class, () -> SizeBudget.read(file)).getMessage().contains("'gzip'"));
        Files.writeString(file, "raw=twelve\ngzip=3\n");
        assertTrue(assertThrows(IOException.class, () -> SizeBudget.read(file)).getMessage().contains("'raw'"));
    }

    @Test
    void modesAreParsedAndAnUnknownOneIsNamed() {
        assertEquals(SizeBudget.Mode.FAIL, SizeBudget.Mode.parse("fail"));
        assertEquals(SizeBudget.Mode.WARN, SizeBudget.Mode.parse(" WARN "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SizeBudget.Mode.parse("strict")).getMessage()
                .contains("warn, fail, record or off"));
    }
}
