package dev.abmbridge.core.normalize;

import dev.abmbridge.core.model.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sales region of a country. The table and the decisions behind its border cases (Greenland,
 * Bermuda, US territories, the Middle East) are in {@code regions.txt} next to this class.
 */
public final class RegionResolver {
    private static final Map<String, Region> REGIONS = load();

    private RegionResolver() {
    }

    /** The region of an ISO 3166-1 alpha-2 code (any case), or null when missing or not in the table. */
    public static Region regionOf(String alpha2) {
        if (alpha2 == null || alpha2.length() != 2) {
            return null;
        }
        return REGIONS.get(alpha2.toUpperCase(Locale.ROOT));
    }

    private static Map<String, Region> load() {
        InputStream in = RegionResolver.class.getResourceAsStream("regions.txt");
        if (in == null) {
            throw new IllegalStateException("regions.txt is missing from the class path");
        }
        Map<String, Region> regions = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int colon = trimmed.indexOf(':');
                Region region = Region.valueOf(trimmed.substring(0, colon).strip());
                for (String code : trimmed.substring(colon + 1).strip().split("\\s+")) {
                    Region previous = regions.put(code, region);
                    if (previous != null) {
                        throw new IllegalStateException("regions.txt lists " + code + " twice");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(regions);
    }
}
