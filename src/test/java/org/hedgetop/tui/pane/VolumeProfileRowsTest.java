package org.hedgetop.tui.pane;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The profile's 24 fixed bins on the rows a box has: equal groups of whole bins, so every bar spans the same range. */
class VolumeProfileRowsTest {
    @Test
    void rowsAreTheLargestDivisorOfTheBinsThatFits() {
        assertThat(VolumeProfileView.rows(24, 30)).isEqualTo(24);
        assertThat(VolumeProfileView.rows(24, 24)).isEqualTo(24);
        assertThat(VolumeProfileView.rows(24, 22)).isEqualTo(12);
        assertThat(VolumeProfileView.rows(24, 10)).isEqualTo(8);
        assertThat(VolumeProfileView.rows(24, 7)).isEqualTo(6);
        assertThat(VolumeProfileView.rows(24, 1)).isEqualTo(1);
    }

    @Test
    void binsGoToTheirRowFromTheBottom() {
        // 24 bins on 8 rows: three bins a row
        assertThat(VolumeProfileView.row(0, 24, 8)).isZero();
        assertThat(VolumeProfileView.row(2, 24, 8)).isZero();
        assertThat(VolumeProfileView.row(3, 24, 8)).isEqualTo(1);
        assertThat(VolumeProfileView.row(23, 24, 8)).isEqualTo(7);
    }
}
