package dev.abmbridge.app.cli;

import dev.abmbridge.app.config.BridgeConfig;
import dev.abmbridge.app.config.BridgeConfigLoader;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --config FILE}, shared by every command that works on configured connections. */
public final class ConfigOption {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = BridgeConfigLoader.DEFAULT_FILE,
            description = "The configuration file (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    public Path file() {
        return file;
    }

    /** Loads and validates it, with secrets looked up in the process environment. */
    public BridgeConfig load() {
        return new BridgeConfigLoader(System::getenv).load(file);
    }
}
