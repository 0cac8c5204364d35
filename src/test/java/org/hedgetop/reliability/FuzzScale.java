package org.hedgetop.reliability;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Multiplies the tries of every property in a fuzz class by the system property {@code hedgetop.fuzz.scale}
 * (default 1), so the normal build stays quick and a deep run is one flag away:
 * {@code mvn -B -o test -Dtest='*FuzzTest' -Dhedgetop.fuzz.scale=20}.
 */
public final class FuzzScale implements AroundPropertyHook {
    public static int scale() {
        int scale = Integer.getInteger("hedgetop.fuzz.scale", 1);
        return Math.max(1, scale);
    }

    /** Registered on a test class, it must reach the class's properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().tries().ifPresent(tries -> context.attributes().setTries(tries * scale()));
        return property.execute();
    }
}
