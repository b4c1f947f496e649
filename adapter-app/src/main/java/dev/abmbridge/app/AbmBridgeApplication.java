package dev.abmbridge.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AbmBridgeApplication {
    public static void main(String[] args) {
        System.out.println("ABM Bridge: commands arrive with the core issue");
    }
}
