package io.jcdk.maven;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the annotation processor recorded about the canister in {@code META-INF/jcdk/canister.properties}: the
 * canister class, the generated entry class that TeaVM compiles, and the Candid service description.
 */
public record CanisterDescriptor(String canisterClass, String exportsClass, String did) {
    static final String LOCATION = "META-INF/jcdk/canister.properties";

    public static CanisterDescriptor read(Path classesDirectory) throws IOException {
        Path file = classesDirectory.resolve(LOCATION);
        if (!Files.isRegularFile(file)) {
            throw new IOException("jcdk: " + file + " is missing: no class annotated @Canister was compiled with the"
                    + " JCDK annotation processor (add io.jcdk:sdk-processor to the compiler's annotationProcessorPaths)");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String canister = required(p, "canister", file);
        String exports = required(p, "exports", file);
        Path didFile = classesDirectory.resolve(required(p, "did", file));
        if (!Files.isRegularFile(didFile)) {
            throw new IOException("jcdk: the service description " + didFile + " named in " + file + " is missing");
        }
        return new CanisterDescriptor(canister, exports, Files.readString(didFile, StandardCharsets.UTF_8));
    }

    private static String required(Properties p, String key, Path file) throws IOException {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException("jcdk: " + file + " has no '" + key + "' entry");
        }
        return value.trim();
    }
}
