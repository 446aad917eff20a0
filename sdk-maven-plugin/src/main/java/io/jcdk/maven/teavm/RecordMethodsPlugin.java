package io.jcdk.maven.teavm;

import org.teavm.classlib.impl.JCLPlugin;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.vm.spi.After;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Replaces TeaVM's substitutor for the {@code java.lang.runtime.ObjectMethods} bootstrap (which javac uses for a
 * record's {@code equals}, {@code hashCode} and {@code toString}) with {@link RecordMethodsSubstitutor}, whose
 * {@code equals} and {@code hashCode} are the JVM's. Runs after TeaVM's class library plugin so its registration
 * replaces that plugin's one. Found by TeaVM through {@code META-INF/services/org.teavm.vm.spi.TeaVMPlugin}.
 */
@After(JCLPlugin.class)
public final class RecordMethodsPlugin implements TeaVMPlugin {
    @Override
    public void install(TeaVMHost host) {
        host.add(new MethodReference("java.lang.runtime.ObjectMethods", "bootstrap",
                ValueType.object("java.lang.invoke.MethodHandles$Lookup"), ValueType.object("java.lang.String"),
                ValueType.object("java.lang.invoke.TypeDescriptor"), ValueType.object("java.lang.Class"),
                ValueType.object("java.lang.String"),
                ValueType.arrayOf(ValueType.object("java.lang.invoke.MethodHandle")),
                ValueType.object("java.lang.Object")),
                new RecordMethodsSubstitutor());
    }
}
