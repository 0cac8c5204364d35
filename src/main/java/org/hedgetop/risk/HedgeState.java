package org.hedgetop.risk;

/**
 * A hedge's state in words, the same on the screen and in the report: what keeps it from being sized
 * (no market, no mark, no spot), then its warnings, most urgent first; "ok" when there is none.
 */
public final class HedgeState {
    private HedgeState() {
    }

    public static String words(HedgeRow h) {
        StringBuilder sb = new StringBuilder(24);
        if (h.contractsHeld() < 0) { // held counts short contracts: below 0 is a long position
            sb.append("LONG "); // a long position adds to the exposure it should offset
        }
        if (h.noMarket()) {
            sb.append("NO MKT ");
        } else if (h.mark().isEmpty()) {
            sb.append("no mark "); // no price for the contract: nothing about it can be sized
        }
        if (h.coveredExposure().isEmpty() && (h.noMarket() || h.mark().isPresent())) {
            sb.append("no spot "); // a covered token has no price: its exposure, so the sizing, is unknown
        }
        if (h.overHedged()) {
            sb.append("OVER ");
        } else if (h.drift() && h.exitFired().isEmpty()) {
            sb.append("DRIFT "); // a fired exit rule wins over drift: the hedge is to be closed, not resized
        }
        if (h.liquidationAlert()) {
            sb.append("LIQ ");
        }
        if (!h.exitFired().isEmpty()) {
            sb.append("EXIT ");
        }
        return sb.length() == 0 ? "ok" : sb.substring(0, sb.length() - 1);
    }

    /** True when the hedge cannot be sized for want of a price. */
    public static boolean unpriced(HedgeRow h) {
        return h.mark().isEmpty() || h.coveredExposure().isEmpty();
    }
}
