package id.bpjstk.systemtest.support;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test methods {@link RealBrowser} parameters: a fresh browser each (in the language of
 * {@link RealBrowser.Language}, Indonesian without it), closed when the test ends. When the test fails, each leaves a
 * screenshot and its page under {@code target/screenshots/}, named after the test.
 */
public final class RealBrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealBrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RealBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        String language = parameterContext.findAnnotation(RealBrowser.Language.class)
                .map(RealBrowser.Language::value).orElse(RealBrowser.INDONESIAN);
        Browsers browsers = browsers(extensionContext);
        String name = extensionContext.getRequiredTestClass().getSimpleName() + "." + extensionContext.getRequiredTestMethod().getName()
                + (browsers.all.isEmpty() ? "" : ".browser" + (browsers.all.size() + 1));
        RealBrowser browser = RealBrowser.open(name, language);
        browsers.all.add(browser);
        return browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        for (RealBrowser browser : browsers(context).all) {
            try {
                browser.keepForFailure();
            } catch (RuntimeException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }

    private static Browsers browsers(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("browsers", key -> new Browsers(), Browsers.class);
    }

    /** The browsers of one test, closed with its context. */
    private static final class Browsers implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final List<RealBrowser> all = new ArrayList<>();

        @Override
        public void close() {
            for (RealBrowser browser : all) {
                browser.close();
            }
        }
    }
}
