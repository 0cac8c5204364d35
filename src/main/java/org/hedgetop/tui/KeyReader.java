package org.hedgetop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The thread blocked on the terminal's input: every key becomes an {@link Event.Key}, the end of input one last event. */
final class KeyReader {
    private static final Logger LOG = Logger.getLogger(KeyReader.class.getName());

    private KeyReader() {
    }

    static void start(Screen screen, Consumer<Event> post) {
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    KeyStroke key = screen.readInput();
                    if (key == null || key.getKeyType() == KeyType.EOF) {
                        post.accept(new Event.InputClosed());
                        return;
                    }
                    post.accept(new Event.Key(key));
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "reading keys failed", e);
                post.accept(new Event.InputClosed());
            }
        }, "hedgetop-keys");
        reader.setDaemon(true);
        reader.start();
    }
}
