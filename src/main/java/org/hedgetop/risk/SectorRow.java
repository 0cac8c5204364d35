package org.hedgetop.risk;

/** Exposure of one sector ("other" for holdings without one). */
public record SectorRow(String sector, double exposure, double weightPct) {
}
