package dev.loopline.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ReportRenderersArePlainJavaTest {

    @Test
    void reportPackageUsesNeitherQuarkusNorJakarta() {
        classes().that().resideInAPackage("dev.loopline.report")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("io.quarkus..", "jakarta..", "io.smallrye..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.loopline.report"));
    }
}
