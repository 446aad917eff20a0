package io.jcdk.canister.internal.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Characters} against this JDK over every code point. */
class CharactersTest {
    @Test
    void digitAndNumericValueOfEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            for (int radix : new int[] {1, 2, 10, 16, 36, 37}) {
                assertEquals(Character.digit(cp, radix), Characters.digit(cp, radix), "digit " + cp + " " + radix);
            }
            assertEquals(Character.getNumericValue(cp), Characters.getNumericValue(cp), "numeric " + cp);
        }
    }

    @Test
    void titleCaseWhereItIsNotUpperCase() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertEquals(Character.toTitleCase(cp), Characters.toTitleCase(cp), "title " + Integer.toHexString(cp));
        }
    }
}
