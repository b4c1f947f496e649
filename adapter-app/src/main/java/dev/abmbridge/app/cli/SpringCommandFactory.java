package dev.abmbridge.app.cli;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/** Lets commands be Spring beans (with their collaborators injected) and everything else picocli's own. */
public final class SpringCommandFactory implements CommandLine.IFactory {

    private final ApplicationContext context;

    public SpringCommandFactory(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return context.getBean(type);
        } catch (NoSuchBeanDefinitionException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
