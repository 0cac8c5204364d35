package org.hedgetop.risk;

/** Both shock scenarios for one shock size (percent, negative = crash). */
public record Scenarios(double shockPct, ScenarioResult uniform, ScenarioResult market) {
}
