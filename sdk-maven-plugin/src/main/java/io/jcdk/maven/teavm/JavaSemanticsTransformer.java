package io.jcdk.maven.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.interop.Unmanaged;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.ConstructMultiArrayInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NegateInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Restores Java semantics that TeaVM's Wasm backend loses: integer division and remainder by zero throw
 * {@code ArithmeticException} (Wasm traps), {@code MIN_VALUE / -1} is {@code MIN_VALUE} (Wasm traps), and a
 * negative array size throws {@code NegativeArraySizeException} (Wasm reads out of bounds), and negating a
 * {@code float} or {@code double} flips its sign (TeaVM computes {@code 0 - x}, so {@code -(0.0)} would be
 * {@code +0.0}). Each such instruction
 * becomes a call to {@code io.jcdk.canister.internal.JavaArithmetic}. TeaVM's own runtime ({@code org.teavm.*})
 * and unmanaged methods are left alone: they run inside the collector, where no exception may be thrown.
 */
public class JavaSemanticsTransformer implements ClassHolderTransformer {
    static final String ARITHMETIC = "io.jcdk.canister.internal.JavaArithmetic";

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals(ARITHMETIC) || cls.getName().startsWith("org.teavm.")) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null || method.getAnnotations().get(Unmanaged.class.getName()) != null) {
                continue;
            }
            transform(program);
        }
    }

    private static void transform(Program program) {
        for (int b = 0; b < program.basicBlockCount(); b++) {
            BasicBlock block = program.basicBlockAt(b);
            List<Instruction> instructions = new ArrayList<>();
            for (Instruction insn : block) {
                instructions.add(insn);
            }
            for (Instruction insn : instructions) {
                if (insn instanceof BinaryInstruction binary) {
                    replaceDivision(binary);
                } else if (insn instanceof NegateInstruction negate) {
                    replaceFloatNegation(negate);
                } else if (insn instanceof ConstructArrayInstruction array) {
                    array.setSize(checkedSize(program, array, array.getSize()));
                } else if (insn instanceof ConstructMultiArrayInstruction array) {
                    List<Variable> dimensions = array.getDimensions();
                    for (int i = 0; i < dimensions.size(); i++) {
                        dimensions.set(i, checkedSize(program, array, dimensions.get(i)));
                    }
                }
            }
        }
    }

    private static void replaceDivision(BinaryInstruction binary) {
        BinaryOperation op = binary.getOperation();
        if (op != BinaryOperation.DIVIDE && op != BinaryOperation.MODULO) {
            return;
        }
        ValueType type;
        if (binary.getOperandType() == NumericOperandType.INT) {
            type = ValueType.INTEGER;
        } else if (binary.getOperandType() == NumericOperandType.LONG) {
            type = ValueType.LONG;
        } else if (op == BinaryOperation.MODULO && binary.getOperandType() == NumericOperandType.DOUBLE) {
            type = ValueType.DOUBLE; // TeaVM's double remainder is inexact and gives x for x % 0.0
        } else if (op == BinaryOperation.MODULO && binary.getOperandType() == NumericOperandType.FLOAT) {
            type = ValueType.FLOAT;
        } else {
            return; // floating point division is IEEE in both worlds
        }
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(new MethodReference(ARITHMETIC, op == BinaryOperation.DIVIDE ? "divide" : "remainder",
                type, type, type));
        call.setArguments(binary.getFirstOperand(), binary.getSecondOperand());
        call.setReceiver(binary.getReceiver());
        call.setLocation(binary.getLocation());
        binary.replace(call);
    }

    /** TeaVM negates floats as {@code 0 - x}, which turns -(+0.0) into +0.0; Java flips the sign. */
    private static void replaceFloatNegation(NegateInstruction negate) {
        ValueType type;
        if (negate.getOperandType() == NumericOperandType.DOUBLE) {
            type = ValueType.DOUBLE;
        } else if (negate.getOperandType() == NumericOperandType.FLOAT) {
            type = ValueType.FLOAT;
        } else {
            return;
        }
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(new MethodReference(ARITHMETIC, "negate", type, type));
        call.setArguments(negate.getOperand());
        call.setReceiver(negate.getReceiver());
        call.setLocation(negate.getLocation());
        negate.replace(call);
    }

    private static Variable checkedSize(Program program, Instruction before, Variable size) {
        Variable checked = program.createVariable();
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(new MethodReference(ARITHMETIC, "arraySize", ValueType.INTEGER, ValueType.INTEGER));
        call.setArguments(size);
        call.setReceiver(checked);
        call.setLocation(before.getLocation());
        before.insertPrevious(call);
        return checked;
    }
}
