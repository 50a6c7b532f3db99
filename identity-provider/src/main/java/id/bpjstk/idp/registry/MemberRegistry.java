package id.bpjstk.idp.registry;

import java.time.LocalDate;
import java.util.Optional;

import org.keycloak.provider.Provider;

/**
 * The member registry as the identity provider sees it: "do this KPJ, NIK and birth date belong to one active
 * member?", "how do we reach the owner of this KPJ?", and the server's keyed hash of NIKs, the only form in which an
 * account keeps its NIK. Callers take it with {@code session.getProvider(MemberRegistry.class)}; its settings are the
 * provider's own server configuration ({@link MembershipServiceRegistryFactory}).
 */
public interface MemberRegistry extends Provider {

    /** The registry's answer to an identity check. */
    sealed interface Verification permits Match, NoMatch, Unavailable {
    }

    /** KPJ, NIK and birth date belong to this active member. */
    record Match(String name, String email, String phoneNumber, String participantCategory) implements Verification {
    }

    /** They do not (or the KPJ is unknown, or not active): never says which. */
    record NoMatch() implements Verification {
    }

    /** The registry could not be asked: down, timed out, refused our credentials. Nothing may be decided. */
    record Unavailable(String reason) implements Verification {
    }

    /** How the owner of a KPJ is reached. */
    record Contact(String name, String phoneNumber, String email) {
    }

    Verification verify(String membershipNumber, String nik, LocalDate birthDate);

    /** The owner's contact channels, to tell them of attempts on their KPJ; empty if unknown or unreachable. */
    Optional<Contact> contact(String membershipNumber);

    /** The keyed hash of NIKs; empty when the server has no NIK key, so that no NIK can be kept or compared. */
    Optional<NikHash> nikHash();
}
