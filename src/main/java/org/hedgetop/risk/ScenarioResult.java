package org.hedgetop.risk;

/** P&L of one shock scenario: spot, hedge, and their sum. */
public record ScenarioResult(double spotPnl, double hedgePnl, double netPnl) {
}
