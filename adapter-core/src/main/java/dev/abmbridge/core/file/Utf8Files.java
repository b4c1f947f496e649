package dev.abmbridge.core.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens input files as UTF-8 without failing on the first bad byte: a strict decoder would throw
 * somewhere ahead of the row being parsed (it decodes a buffer at a time), losing the rest of the
 * file and the line number. Bad bytes become U+FFFD instead, and the reader rejects those rows.
 */
final class Utf8Files {
    private Utf8Files() {
    }

    static BufferedReader lenientReader(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
    }
}
