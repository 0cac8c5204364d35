package org.hedgetop;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/architecture.md, held on the compiled main classes. Dependencies flow one
 * way: cli -> tui -> report/risk -> market -> book -> text (see the drawing there).
 */
@AnalyzeClasses(packages = "org.hedgetop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** No cycle between any two packages, subpackages counted on their own (market vs market.live, tui vs tui.pane). */
    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices().matching("org.hedgetop.(**)").should().beFreeOfCycles();

    /** Nor between the top-level areas, each taken with its subpackages (market.** against book, risk, ...). */
    @ArchTest
    static final ArchRule noCycleBetweenAreas = slices().matching("org.hedgetop.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule bookUsesOnlyText = classes().that().resideInAPackage("org.hedgetop.book..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.hedgetop..")
                    .or(resideInAnyPackage("org.hedgetop.book..", "org.hedgetop.text..")));

    @ArchTest
    static final ArchRule textStandsAlone = classes().that().resideInAPackage("org.hedgetop.text..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.hedgetop..")
                    .or(resideInAnyPackage("org.hedgetop.text..")));

    @ArchTest
    static final ArchRule riskNeverDrawsNorReports = noClasses().that().resideInAPackage("org.hedgetop.risk..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hedgetop.tui..", "org.hedgetop.report..");

    /** Alerts reach a person with or without a screen: the lifecycle and channels know no screen, report or command. */
    @ArchTest
    static final ArchRule alertsKnowNoScreen = noClasses().that().resideInAPackage("org.hedgetop.alert..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hedgetop.tui..", "org.hedgetop.report..",
                    "org.hedgetop.cli..");

    /** The shared HTTP layer knows no venue and no portfolio: it sanitises through text, not book. */
    @ArchTest
    static final ArchRule httpKnowsNoVenueNorBook = noClasses().that().resideInAPackage("org.hedgetop.market.http..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hedgetop.market.exchange..",
                    "org.hedgetop.book..", "org.hedgetop.market.live..");

    @ArchTest
    static final ArchRule liveMachineryKnowsNoVenue = noClasses().that().resideInAPackage("org.hedgetop.market.live..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hedgetop.market.exchange..");

    /** Sources are built in the composition root only: nothing below cli names a concrete source. */
    @ArchTest
    static final ArchRule onlyCliBuildsSources = noClasses().that().resideOutsideOfPackage("org.hedgetop.cli..")
            .and().resideOutsideOfPackage("org.hedgetop.market.sim..")
            .and().resideOutsideOfPackage("org.hedgetop.market.replay..")
            .and().resideOutsideOfPackage("org.hedgetop.market.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hedgetop.market.sim..",
                    "org.hedgetop.market.replay..", "org.hedgetop.market.exchange..");

    /** Painters never import market: they draw what the view holds (its charts carry the price series). */
    @ArchTest
    static final ArchRule paintersNeverImportMarket = noClasses()
            .that().resideInAnyPackage("org.hedgetop.tui.pane..", "org.hedgetop.tui.draw..")
            .should().dependOnClassesThat().resideInAPackage("org.hedgetop.market..");
}
