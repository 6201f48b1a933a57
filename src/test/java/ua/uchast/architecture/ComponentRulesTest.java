package ua.uchast.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The rules of the architecture (README, "Architecture"), checked on the compiled application: components meet only
 * at their boundaries (and the entity types a boundary hands out), the ground ({@code platform}) stands on nothing,
 * and within a component the layers point one way: web → boundary → control → entity.
 */
@AnalyzeClasses(packages = "ua.uchast", importOptions = ImportOption.DoNotIncludeTests.class)
class ComponentRulesTest {

    static final List<String> COMPONENTS = List.of("community", "cycle", "proposal", "moderation", "identity", "voting", "tally",
            "results", "implementation", "audit");

    private static final SliceAssignment COMPONENTS_BELOW_THE_WEB = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String component = componentOf(javaClass.getPackageName());
            return component == null || javaClass.getPackageName().matches(".*\\.(web|cli)(\\..*)?") ? SliceIdentifier.ignore()
                    : SliceIdentifier.of(component);
        }

        @Override
        public String getDescription() {
            return "components (their boundary, control and entity packages)";
        }
    };

    @ArchTest
    static final ArchRule componentsMeetAtTheirBoundaries = classes().that().resideInAPackage("ua.uchast..")
            .should(onlyReachOtherComponentsThroughBoundaryOrEntity());

    @ArchTest
    static final ArchRule theGroundStandsOnNoComponent = noClasses().that().resideInAPackage("ua.uchast.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(COMPONENTS.stream().map(c -> "ua.uchast." + c + "..").toArray(String[]::new));

    @ArchTest
    static final ArchRule entitiesKnowOnlyEntities = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("ua.uchast..boundary..", "ua.uchast..control..", "ua.uchast..web..",
                    "ua.uchast..cli..");

    @ArchTest
    static final ArchRule controlsDoNotKnowTheWeb = noClasses().that().resideInAnyPackage("..control..", "..boundary..")
            .should().dependOnClassesThat().resideInAnyPackage("ua.uchast..web..");

    /** Pages may show several components at once; below the web, components depend on each other one way only. */
    @ArchTest
    static final ArchRule componentsBelowTheWebFormNoCycle = slices().assignedFrom(COMPONENTS_BELOW_THE_WEB).should()
            .beFreeOfCycles();

    private static ArchCondition<JavaClass> onlyReachOtherComponentsThroughBoundaryOrEntity() {
        return new ArchCondition<>("reach other components only through their boundary or entity packages") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = componentOf(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    String other = componentOf(target);
                    if (other != null && !other.equals(own) && !other.equals("platform") && !isDoor(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static boolean isDoor(String packageName) {
        return packageName.matches("ua\\.uchast\\.[a-z]+\\.(boundary|entity)(\\..*)?");
    }

    private static String componentOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 && parts[0].equals("ua") && parts[1].equals("uchast") ? parts[2] : null;
    }

}
