package dev.abmbridge.sandbox;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that starts one {@link Sandbox} per test class:
 * {@code @RegisterExtension static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults());}
 * Test methods may also take a {@link Sandbox} parameter.
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final SandboxConfig config;
    private Sandbox sandbox;

    public SandboxExtension(SandboxConfig config) {
        this.config = config;
    }

    public SandboxExtension() {
        this(SandboxConfig.defaults());
    }

    public Sandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("the sandbox starts before all tests; register the extension on a static field");
        }
        return sandbox;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = Sandbox.start(config);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Sandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sandbox();
    }
}
