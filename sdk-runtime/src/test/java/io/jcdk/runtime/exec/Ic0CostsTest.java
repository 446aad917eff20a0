package io.jcdk.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.spec.Ic0Function;
import io.jcdk.spec.Ic0Spec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The System API cost table against the spec's function list, and a few of its rows. */
class Ic0CostsTest {
    @Test
    void everySpecFunctionHasExactlyOneCostRowAndViceVersa() {
        List<String> spec = new ArrayList<>();
        for (Ic0Function f : Ic0Spec.get().functions()) {
            spec.add(f.name());
        }
        assertEquals(spec.size(), spec.stream().distinct().count(), "ic0.tsv names are unique");
        // The loader rejects a function listed twice, so equal lists in the same order mean one row each.
        assertEquals(spec, List.copyOf(Ic0Costs.all().keySet()));
    }

    @Test
    void sizeArgumentsExistInTheSignatures() {
        for (Ic0Function f : Ic0Spec.get().functions()) {
            Ic0Costs.Cost c = Ic0Costs.of(f.name());
            for (int a : c.sizeArgs()) {
                assertTrue(a >= 0 && a < f.params32().size(), f.name());
            }
            assertTrue(c.perByte() == 0 || c.sizeArgs().length > 0, f.name());
        }
    }

    @Test
    void someCostsAsTheIcHasThem() {
        assertEquals(500, Ic0Costs.of("msg_reply").overhead());
        assertEquals(50, Ic0Costs.of("msg_reply_data_append").perByte());
        assertEquals(5000, Ic0Costs.of("call_perform").overhead());
        assertEquals(1500, Ic0Costs.of("call_new").overhead());
        assertEquals(List.of(1, 3), java.util.Arrays.stream(Ic0Costs.of("call_new").sizeArgs()).boxed().toList());
        assertEquals(200, Ic0Costs.of("performance_counter").overhead());
        assertEquals(100, Ic0Costs.of("debug_print").overhead());
        assertEquals(Ic0Costs.Extra.DIRTY_PAGES, Ic0Costs.of("stable64_write").extra());
        assertEquals(0, Ic0Costs.of("stable64_size").overhead());
    }

    @Test
    void theLogChargeIsTwoPerByteUpToTheCapacityAndFiftyPerByteThatStillFits() {
        assertEquals(0, Ic0Costs.logCharge(0, 0));
        assertEquals(52 * 10, Ic0Costs.logCharge(10, 0));
        assertEquals(2 * 10 + 50 * 4, Ic0Costs.logCharge(10, 4092));
        assertEquals(2 * 4096 + 50 * 4096, Ic0Costs.logCharge(100_000, 0));
        assertEquals(2 * 4096, Ic0Costs.logCharge(100_000, 4096));
    }
}
