package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hedgetop.market.PriceSeries;
import org.junit.jupiter.api.Test;

class VolumeProfileTest {

    @Test
    void volumeIsSummedPerPriceBinAndNodesAreFoundNearThePrice() {
        // prices 100..110 in 10 bins of 1.0; latest price 105 -> bin 5; reach max(2, 10/4) = 2: bins 3..7
        long[] t = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] p = {100, 110, 103.5, 104.2, 104.9, 106.1, 107.7, 101.0, 105.0};
        double[] v = {1, 1, 50, 20, 5, 0.5, 30, 999, 3};
        VolumeProfile vp = VolumeProfile.of(PriceSeries.of(t, p, v), 0, 10, 10).orElseThrow();
        assertThat(vp.lo()).isEqualTo(100);
        assertThat(vp.hi()).isEqualTo(110);
        assertThat(vp.priceBin()).isEqualTo(5);
        assertThat(vp.volume()).containsExactly(1, 999, 0, 50, 25, 3, 0.5, 30, 0, 1);
        assertThat(vp.hvn()).isEqualTo(3);   // 50 at 103.x; the 999 at 101 is too far away
        assertThat(vp.lvn()).isEqualTo(6);   // 0.5 at 106.x; bin 8 (0) is out of reach
        assertThat(vp.binMid(5)).isEqualTo(105.5);
    }

    @Test
    void onlyTheWindowCounts() {
        long[] t = {1, 2, 3};
        double[] p = {50, 100, 200};
        double[] v = {7, 7, 7};
        VolumeProfile vp = VolumeProfile.of(PriceSeries.of(t, p, v), 2, 2, 4).orElseThrow();
        assertThat(vp.lo()).isEqualTo(100);
        assertThat(vp.hi()).isEqualTo(100);
        assertThat(vp.priceBin()).isEqualTo(2); // a flat window sits in the middle bin
        assertThat(vp.maxVolume()).isEqualTo(7);
    }

    @Test
    void anEmptyWindowHasNoProfile() {
        PriceSeries s = PriceSeries.of(new long[] {100}, new double[] {1}, new double[] {1});
        assertThat(VolumeProfile.of(s, 0, 50, 5)).isEqualTo(Optional.empty());
    }
}
