package dev.abmbridge.app.cli;

import dev.abmbridge.core.scoring.ScoringProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on an interactive terminal; silent when output goes to a file or a pipe. */
final class ConsoleProgress implements ScoringProgress, AutoCloseable {

    private final boolean enabled;
    private ProgressBar accounts;
    private ProgressBar contacts;

    ConsoleProgress(boolean enabled) {
        this.enabled = enabled && System.console() != null;
    }

    @Override
    public void accountRead() {
        if (enabled) {
            if (accounts == null) {
                accounts = bar("Accounts");
            }
            accounts.step();
        }
    }

    @Override
    public void contactRead() {
        if (enabled) {
            if (accounts != null) {
                accounts.close();
                accounts = null;
            }
            if (contacts == null) {
                contacts = bar("Contacts");
            }
            contacts.step();
        }
    }

    private static ProgressBar bar(String name) {
        return new ProgressBarBuilder().setTaskName(name).setInitialMax(-1).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).continuousUpdate().build();
    }

    @Override
    public void close() {
        if (accounts != null) {
            accounts.close();
        }
        if (contacts != null) {
            contacts.close();
        }
    }
}
