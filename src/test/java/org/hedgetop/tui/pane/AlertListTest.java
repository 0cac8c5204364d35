package org.hedgetop.tui.pane;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hedgetop.alert.ActiveAlert;
import org.hedgetop.risk.Alert;
import org.hedgetop.tui.AlertPanel;
import org.hedgetop.tui.Fixture;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.VirtualScreen;
import org.junit.jupiter.api.Test;

/** The alert list overlay and the title bar's channel health, on the cells. */
class AlertListTest {
    private static final Instant NOW = Fixture.NOW; // 12:34:56

    private static AlertPanel panel(int n, boolean failing) {
        List<ActiveAlert> active = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // newest first: alert i started i minutes before now
            active.add(new ActiveAlert("hedge-" + i, i == 0 ? Alert.Kind.EXIT_RULE : Alert.Kind.DRIFT,
                    Set.of(Alert.Kind.DRIFT), "message " + i, NOW.minusSeconds(60L * i), i == 1,
                    i == 2 ? Optional.of(NOW.plusSeconds(3600)) : Optional.empty()));
        }
        return new AlertPanel(active, failing ? "notify: webhook failing 3 m (HTTP 500), ntfy ok"
                : "notify: webhook ok, ntfy ok", failing);
    }

    private static String text(int cols, int rows, UiState ui) {
        return VirtualScreen.render(cols, rows, Fixture.view(), Fixture.market(), ui).screenText();
    }

    @Test
    void newestFirstWithSinceWhenAndMarks() {
        UiState ui = UiState.initial(false, true).withOverlay(UiState.Overlay.ALERTS).withAlerts(0, panel(3, false));
        String s = text(120, 40, ui);
        assertThat(s).contains("Active alerts, newest first")
                .contains("since 12:34:56 (0 s)           EXIT-RULE hedge-0: message 0")
                .contains("since 12:33:56 (1 m)  ack      DRIFT hedge-1: message 1")
                .contains("since 12:32:56 (2 m)  zz 13:34 DRIFT hedge-2: message 2")
                .contains("notify: webhook ok, ntfy ok")
                .contains(" notify ok ");
    }

    @Test
    void theListScrollsToTheSelectedAlertAndTheTitleWarnsOfAFailingChannel() {
        UiState ui = UiState.initial(false, true).withOverlay(UiState.Overlay.ALERTS).withAlerts(35, panel(40, true));
        String s = text(80, 24, ui);
        assertThat(s).contains("hedge-35: message 35").doesNotContain("hedge-0:")
                .contains("NOTIFY FAILING").contains("notify: webhook failing 3 m (HTTP 500)");
        // the selection is clamped to the list
        assertThat(UiState.initial(false, true).withAlerts(99, panel(3, false)).selectedAlert()).isEqualTo(2);
        assertThat(text(80, 24, UiState.initial(false, true).withOverlay(UiState.Overlay.ALERTS)))
                .contains("no active alert").doesNotContain("notify");
    }
}
