package id.bpjstk.idp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.keycloak.Config;
import org.keycloak.provider.ProviderFactory;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The extension's package arrows point one way: the vocabulary at the bottom, the services the flows share in the
 * middle, the flows (the providers Keycloak calls) on top.
 */
@AnalyzeClasses(packages = {"id.bpjstk.idp", "id.bpjstk.member"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FLOWS = {"id.bpjstk.idp.registration..", "id.bpjstk.idp.recovery..", "id.bpjstk.idp.signin..",
        "id.bpjstk.idp.phone..", "id.bpjstk.idp.password..", "id.bpjstk.idp.lockout..", "id.bpjstk.idp.token..",
        "id.bpjstk.idp.change..", "id.bpjstk.idp.staff..", "id.bpjstk.idp.device..",
        "id.bpjstk.idp.activity.."};

    @ArchTest
    static final ArchRule noPackageImportsOneThatImportsItBack = slices().matching("id.bpjstk.idp.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theVocabularyDependsOnNothingOfOursAboveIt = noClasses()
            .that().resideInAnyPackage("id.bpjstk.member..", "id.bpjstk.idp.member..")
            .should().dependOnClassesThat().resideOutsideOfPackages("id.bpjstk.member..", "id.bpjstk.idp.member..",
                    "java..", "jakarta..", "org.keycloak..")
            .because("the vocabulary sits at the bottom: KPJ, NIK, phone, masking, the member's attributes and fields");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("id.bpjstk..")
            .layer("Flows").definedBy(FLOWS)
            .layer("Shared services").definedBy("id.bpjstk.idp.identity..", "id.bpjstk.idp.otp..",
                    "id.bpjstk.idp.messaging..", "id.bpjstk.idp.registry..", "id.bpjstk.idp.settings..",
                    "id.bpjstk.idp.sessions..")
            .layer("Vocabulary").definedBy("id.bpjstk.idp.member..", "id.bpjstk.member..")
            .whereLayer("Flows").mayNotBeAccessedByAnyLayer()
            .whereLayer("Shared services").mayOnlyBeAccessedByLayers("Flows", "Shared services")
            .whereLayer("Vocabulary").mayOnlyBeAccessedByLayers("Flows", "Shared services");

    @ArchTest
    static final ArchRule onlyProviderFactoriesReadServerSettings = noClasses()
            .that().areNotAssignableTo(ProviderFactory.class)
            .should().dependOnClassesThat().areAssignableTo(Config.Scope.class)
            .because("a provider reads its own settings once, in its own init(Config.Scope)");
}
