package io.jcdk.runtime.state;

import com.dylibso.chicory.compiler.Cache;
import io.jcdk.runtime.module.CanisterModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Keeps Chicory's compiled JVM classes under {@code <state>/compiled/} so that each CLI invocation does not
 * recompile the canister (about a second for a 250 KB module).
 */
public final class CompiledCodeCache implements Cache {
    private static final String VERSION = "jcdk1-chicory-1.7.5";
    private final Path dir;

    public CompiledCodeCache(Path stateRoot) {
        this.dir = stateRoot.resolve("compiled");
    }

    private Path file(String key) {
        return dir.resolve(VERSION + "-" + CanisterModule.sha256Hex(key.getBytes(StandardCharsets.UTF_8)) + ".jar");
    }

    @Override
    public byte[] get(String key) throws IOException {
        try {
            return Files.readAllBytes(file(key));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public void putIfAbsent(String key, byte[] data) throws IOException {
        Path f = file(key);
        if (Files.exists(f)) {
            return;
        }
        Files.createDirectories(dir);
        AtomicFiles.replace(f, data);
    }

    /** Removes an entry that could not be loaded, so that the next run compiles afresh. */
    public void evict(String key) throws IOException {
        Files.deleteIfExists(file(key));
    }
}
