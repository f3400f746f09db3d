package dev.loopline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Resources translate HTTP; services own transactions; domain rules know nothing of HTTP or Quarkus. */
class LayeringTest {

    private static final JavaClasses LOOPLINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.loopline");

    static final ArchRule onlyResourcesAndTheProblemMapperSpeakHttp = noClasses()
            .that().haveNameNotMatching(".*Resource(\\$.*)?")
            .and().doNotHaveSimpleName("ProblemMapper")
            .and().resideOutsideOfPackage("..security..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    static final ArchRule nothingDependsOnAResource = noClasses()
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Resource")
            .allowEmptyShould(true);

    static final ArchRule resourcesDoNotOpenTransactions = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().beAnnotatedWith(jakarta.transaction.Transactional.class);

    static final ArchRule resourcesNeverTouchTheEntityManager = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    static final ArchRule domainRulesArePlainJava = classes()
            .that().haveSimpleNameEndingWith("Criteria").or().haveSimpleName("SeverityOverride")
            .or().haveSimpleName("RepeatComplaints").or().haveSimpleName("SlaTargets").or().haveSimpleName("Phones")
            .or().haveSimpleName("ClosedLoop").or().haveSimpleName("LoopRules").or().haveSimpleName("Authority")
            .or().haveSimpleName("PhraseCheck").or().haveSimpleName("ChainVerification")
            .or().haveSimpleName("StepPeriods").or().haveSimpleName("SlaTerms").or().haveSimpleName("SlaClock")
            .or().haveSimpleName("TicketEvents").or().haveSimpleName("BusinessCalendar")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("io.quarkus..", "jakarta..", "io.smallrye..");

    static final ArchRule reportRenderersArePlainJava = classes()
            .that().resideInAPackage("dev.loopline.report")
            .and().haveNameNotMatching(".*(Resource|Service)(\\$.*)?")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("io.quarkus..", "jakarta..", "io.smallrye..");

    /** No cycles between feature packages (each top-level package with its sub-packages is one module). */
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("dev.loopline.(*)..").should().beFreeOfCycles();

    /** The ticket is the kernel that features read: it imports none of them, only the shared foundations. */
    static final ArchRule theTicketKernelImportsNoFeature = noClasses()
            .that().resideInAPackage("dev.loopline.ticket..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.loopline.authority..", "dev.loopline.category..",
                    "dev.loopline.escalation..", "dev.loopline.monthly..", "dev.loopline.outbox..",
                    "dev.loopline.phrase..",
                    "dev.loopline.report..", "dev.loopline.severity..", "dev.loopline.sla..", "dev.loopline.workflow..",
                    "dev.loopline.workorder..");

    @Test
    void onlyResourcesAndTheProblemMapperSpeakHttp() {
        onlyResourcesAndTheProblemMapperSpeakHttp.check(LOOPLINE);
    }

    @Test
    void nothingDependsOnAResource() {
        nothingDependsOnAResource.check(LOOPLINE);
    }

    @Test
    void resourcesDoNotOpenTransactions() {
        resourcesDoNotOpenTransactions.check(LOOPLINE);
    }

    @Test
    void resourcesNeverTouchTheEntityManager() {
        resourcesNeverTouchTheEntityManager.check(LOOPLINE);
    }

    @Test
    void domainRulesArePlainJava() {
        domainRulesArePlainJava.check(LOOPLINE);
    }

    @Test
    void reportRenderersArePlainJava() {
        reportRenderersArePlainJava.check(LOOPLINE);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        featurePackagesAreFreeOfCycles.check(LOOPLINE);
    }

    @Test
    void theTicketKernelImportsNoFeature() {
        theTicketKernelImportsNoFeature.check(LOOPLINE);
    }
}
