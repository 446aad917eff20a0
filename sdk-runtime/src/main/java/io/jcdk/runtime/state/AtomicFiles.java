package io.jcdk.runtime.state;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * Durable file writes: data goes to a temporary name, is fsynced, then renamed over the target, and the directory
 * is fsynced, so a crash leaves either the old or the new file, never a mix.
 */
final class AtomicFiles {
    /** Writes the body's output; returns the CRC32 and length written. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    record Written(long length, long crc32) {}

    private AtomicFiles() {}

    static void replace(Path target, byte[] content) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        writeDurably(tmp, out -> out.write(content));
        move(tmp, target);
        syncDirectory(target.getParent());
    }

    /** Writes a new file (that nothing refers to yet) and fsyncs it. */
    static Written writeDurably(Path file, Body body) throws IOException {
        CRC32 crc = new CRC32();
        try (FileOutputStream fos = new FileOutputStream(file.toFile());
                CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(fos, 1 << 20), crc)) {
            body.write(checked);
            checked.flush();
            fos.getFD().sync();
            return new Written(fos.getChannel().size(), crc.getValue());
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename " + from + " atomically", e);
        }
    }

    static void syncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some platforms cannot open directories for sync; the rename is still atomic there.
            if (!System.getProperty("os.name", "").toLowerCase().contains("win")) {
                throw e;
            }
        }
    }

    static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
