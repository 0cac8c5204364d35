package org.hedgetop.tui.pane;

import java.util.ArrayList;
import java.util.List;
import org.hedgetop.tui.Keys;
import org.hedgetop.tui.Prompt;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.tui.draw.Theme;

/**
 * Bottom row, the status bar: the last status message, then the main keys from {@link Keys#ALL} (their
 * footer labels) as far as they fit, help and quit always kept at the right end. While a {@link Prompt} is
 * open (quit with unsaved changes...) the whole row asks its question instead.
 */
public final class Footer {
    private Footer() {
    }

    public static void draw(Canvas c, int y, int width, UiState ui) {
        Theme t = c.theme();
        c.fill(0, y, width, 1, ' ', t.normal);
        if (ui.prompt().isPresent()) {
            c.fill(0, y, width, 1, ' ', t.alertBar);
            c.text(1, y, width - 2, ui.prompt().get().question(), t.alertBar);
            return;
        }
        List<String> main = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        for (Keys.Binding b : Keys.ALL) {
            if (b.footer().isEmpty()) {
                continue;
            }
            if (b.action() == Keys.Action.HELP || b.action() == Keys.Action.QUIT) {
                fixed.add(b.footer());
            } else {
                main.add(b.footer());
            }
        }
        int fixedWidth = 0;
        for (String f : fixed) {
            fixedWidth += f.length() + 2;
        }
        int rightStart = Math.max(0, width - fixedWidth);
        int x = rightStart;
        for (String f : fixed) {
            x += label(c, x + 1, y, width - x - 1, f, t) + 2;
        }
        x = 0;
        if (ui.status().isPresent()) {
            String s = Canvas.safe(ui.status().get());
            int room = Math.max(0, rightStart - 1);
            x = c.text(1, y, Math.min(room - 1, s.length()), s, t.header) + 2;
            if (x > 2) {
                c.put(x, y, c.theme().vline, t.dim);
                x += 1;
            }
        }
        for (String f : main) {
            if (x + 1 + f.length() > rightStart) {
                break;
            }
            x += label(c, x + 1, y, f.length(), f, t) + 1;
        }
    }

    /** "key text": the key part in the key colour. Returns the cells used. */
    private static int label(Canvas c, int x, int y, int w, String f, Theme t) {
        int sp = f.indexOf(' ');
        String key = sp < 0 ? f : f.substring(0, sp);
        String rest = sp < 0 ? "" : f.substring(sp);
        int n = c.text(x, y, w, key, t.key);
        n += c.text(x + n, y, w - n, rest, t.normal);
        return n;
    }
}
