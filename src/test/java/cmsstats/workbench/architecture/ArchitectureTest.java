package cmsstats.workbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of docs/ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "cmsstats.workbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("cmsstats.workbench.ui..", "cmsstats.workbench.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("only the ui layer and the entry point may use JavaFX, so everything else runs headless");

    @ArchTest
    static final ArchRule onlyTheStoreUsesSql = noClasses()
            .that().resideOutsideOfPackage("cmsstats.workbench.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..")
            .because("SQL and the database live in the store layer");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("cmsstats.workbench.app..")
            .layer("Ui").definedBy("cmsstats.workbench.ui..")
            .layer("Cli").definedBy("cmsstats.workbench.cli..")
            .layer("Ingest").definedBy("cmsstats.workbench.ingest..")
            .layer("Measures").definedBy("cmsstats.workbench.measures..")
            .layer("Sampling").definedBy("cmsstats.workbench.sampling..")
            .layer("Publish").definedBy("cmsstats.workbench.publish..")
            .layer("Store").definedBy("cmsstats.workbench.store..")
            .layer("Task").definedBy("cmsstats.workbench.task..")
            .layer("Model").definedBy("cmsstats.workbench.model..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Measures").mayOnlyBeAccessedByLayers("Publish", "Ui", "Cli")
            .whereLayer("Sampling").mayOnlyBeAccessedByLayers("Measures", "Ui", "Cli")
            .whereLayer("Publish").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Ingest", "Measures", "Sampling", "Publish", "Ui", "Cli")
            .whereLayer("Task").mayOnlyBeAccessedByLayers("Ingest", "Measures", "Sampling", "Publish", "Ui", "Cli",
                    "Store")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Store", "Ingest", "Measures", "Sampling", "Publish", "Ui",
                    "Cli", "Task", "App");

    @ArchTest
    static final ArchRule theModelIsPlainData = noClasses()
            .that().resideInAPackage("cmsstats.workbench.model..")
            .should().dependOnClassesThat().resideInAnyPackage("cmsstats.workbench.store..",
                    "cmsstats.workbench.ingest..", "cmsstats.workbench.measures..", "cmsstats.workbench.sampling..",
                    "cmsstats.workbench.publish..",
                    "cmsstats.workbench.task..",
                    "cmsstats.workbench.cli..",
                    "cmsstats.workbench.ui..");

    /** Views draw and bind; what they show comes through their view model, never from the store itself. */
    @ArchTest
    static final ArchRule viewsDoNotUseTheStore = noClasses()
            .that().resideInAPackage("cmsstats.workbench.ui..").and().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAPackage("cmsstats.workbench.store..");

    /** A view model's state is private; views read it through accessors and act through its methods. */
    @ArchTest
    static final ArchRule viewModelStateIsPrivate = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("ViewModel")
            .and().areNotStatic()
            .should().bePrivate();
}
