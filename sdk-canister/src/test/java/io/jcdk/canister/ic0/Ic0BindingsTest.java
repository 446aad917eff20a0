package io.jcdk.canister.ic0;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jcdk.spec.Ic0Spec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class Ic0BindingsTest {
    @Test
    void checkedInBindingsMatchTheSpecList() throws IOException {
        String expected = Ic0BindingsGenerator.generate(Ic0Spec.get());
        if (Boolean.getBoolean("jcdk.regenerate")) {
            Files.writeString(Ic0BindingsGenerator.SOURCE, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.readString(Ic0BindingsGenerator.SOURCE, StandardCharsets.UTF_8);
        assertEquals(expected, actual, "Ic0.java is out of date with ic0.tsv: run the sdk-canister tests with"
                + " -Djcdk.regenerate=true");
    }
}
