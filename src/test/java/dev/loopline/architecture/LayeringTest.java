package dev.loopline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Resources translate HTTP; services own transactions; domain rules know nothing of HTTP or Quarkus. */
@AnalyzeClasses(packages = "dev.loopline", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule onlyResourcesAndTheProblemMapperSpeakHttp = noClasses()
            .that().haveSimpleNameNotEndingWith("Resource")
            .and().doNotHaveSimpleName("ProblemMapper")
            .and().resideOutsideOfPackage("..security..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    @ArchTest
    static final ArchRule nothingDependsOnAResource = noClasses()
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Resource")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule resourcesDoNotOpenTransactions = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().beAnnotatedWith(jakarta.transaction.Transactional.class);

    @ArchTest
    static final ArchRule resourcesNeverTouchTheEntityManager = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule domainRulesArePlainJava = classes()
            .that().haveSimpleNameEndingWith("Criteria").or().haveSimpleName("SeverityOverride")
            .or().haveSimpleName("RepeatComplaints").or().haveSimpleName("SlaTargets").or().haveSimpleName("Phones")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.loopline..")
            .andShould().onlyDependOnClassesThat().resideOutsideOfPackages("io.quarkus..", "jakarta..");

    @ArchTest
    static final ArchRule featuresDoNotFormCyclesThroughTimelineOrCommon = slices()
            .matching("dev.loopline.(common|timeline|security)..").should().beFreeOfCycles();
}
