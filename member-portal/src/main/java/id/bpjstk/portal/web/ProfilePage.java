package id.bpjstk.portal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import id.bpjstk.member.Masking;
import id.bpjstk.portal.client.ContactUpdate;
import id.bpjstk.portal.client.Member;
import id.bpjstk.portal.client.MemberToken;
import id.bpjstk.portal.client.MembershipApi;
import id.bpjstk.portal.client.ServiceException;
import id.bpjstk.portal.i18n.Msg;
import id.bpjstk.portal.session.PendingForms.PendingForm;
import id.bpjstk.portal.session.StepUp;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * {@code /profile}: the member's registry data and the one part of it she changes herself, her address and
 * correspondence email. Saving needs a level-2 sign-in of the last 30 minutes: when membership-service asks for it,
 * the form is kept ({@link StepUp}), Keycloak asks for the SMS code, and she comes back to the form as she typed it,
 * to press Save again.
 */
@Path(ProfilePage.PATH)
@Authenticated
public class ProfilePage {

    static final String PATH = "/profile";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(ProfileView view);
    }

    /** Her registry data as the page shows it: the phone number masked, no NIK at all. */
    public record Registry(String name, String membershipNumber, LocalDate birthDate, boolean wageEarner,
            String employer, String phoneMasked, String email, String address, String correspondenceEmail) {

        static Registry of(Member member) {
            return new Registry(member.name(), member.membershipNumber(), member.birthDate(), member.wageEarner(),
                    member.employer(), Masking.phone(member.phoneNumber()), member.email(), member.address(),
                    member.correspondenceEmail());
        }
    }

    /** A notice above the page: {@code kind} is its alert class; errors are announced at once, the rest politely. */
    public record Notice(String text, String kind) {
        public String role() {
            return "alert-danger".equals(kind) ? "alert" : "status";
        }
    }

    public record ProfileView(Registry registry, ContactForm form, String addressError, String emailError,
            Notice notice, int addressMax, int emailMax) {
    }

    @Inject
    @RestClient
    MembershipApi membership;

    @Inject
    MemberToken token;

    @Inject
    Viewer viewer;

    @Inject
    StepUp stepUp;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam(StepUp.RESUME) String resume) {
        if (!viewer.member()) {
            return Members.only();
        }
        Msg msg = Words.of(viewer);
        Member member = await(membership.profile(token.bearer()));
        if (resume != null && !resume.isBlank()) {
            Optional<PendingForm> kept = stepUp.resume(resume);
            if (kept.isPresent() && PATH.equals(kept.get().path())) {
                return render(200, member, ContactForm.of(kept.get().fields()), null, null,
                        new Notice(msg.profile_resumed(), "alert-info"));
            }
            return render(200, member, current(member), null, null, new Notice(msg.profile_resume_lost(), "alert-warning"));
        }
        return render(200, member, current(member), null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@FormParam(ContactForm.ADDRESS) String address,
            @FormParam(ContactForm.CORRESPONDENCE_EMAIL) String correspondenceEmail) {
        if (!viewer.member()) {
            return Members.only();
        }
        Msg msg = Words.of(viewer);
        ContactForm form = ContactForm.of(address, correspondenceEmail);
        if (!form.valid()) {
            return render(400, await(membership.profile(token.bearer())), form, addressError(form.addressProblem(), msg),
                    emailError(form.emailProblem(), msg), new Notice(msg.profile_errors(), "alert-danger"));
        }
        Member saved;
        try {
            saved = membership.updateContact(token.bearer(), new ContactUpdate(form.address(), form.correspondenceEmail()));
        } catch (ServiceException e) {
            if (e.stepUpRequired()) {
                return stepUp.begin(PATH, form.fields());
            }
            List<ServiceException.Violation> violations = e.violations();
            boolean addressRefused = violations.stream().anyMatch(v -> ContactForm.ADDRESS.equals(v.field()));
            boolean emailRefused = violations.stream().anyMatch(v -> ContactForm.CORRESPONDENCE_EMAIL.equals(v.field()));
            if (e.status() != 400 || !addressRefused && !emailRefused) {
                throw e;
            }
            return render(400, await(membership.profile(token.bearer())), form,
                    addressRefused ? addressError(ContactForm.Problem.REFUSED, msg) : null,
                    emailRefused ? emailError(ContactForm.Problem.REFUSED, msg) : null,
                    new Notice(msg.profile_errors(), "alert-danger"));
        }
        // the service answers with the profile as saved: the page shows that, not what was sent
        return render(200, saved, current(saved), null, null, new Notice(msg.profile_saved(), "alert-success"));
    }

    private Response render(int status, Member member, ContactForm form, String addressError, String emailError,
            Notice notice) {
        ProfileView view = new ProfileView(Registry.of(member), form, addressError, emailError, notice,
                ContactForm.ADDRESS_MAX, ContactForm.EMAIL_MAX);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.profile(view)).build();
    }

    private static ContactForm current(Member member) {
        return ContactForm.of(member.address(), member.correspondenceEmail());
    }

    private static String addressError(ContactForm.Problem problem, Msg msg) {
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case REQUIRED -> msg.profile_error_address_required();
            case TOO_LONG -> msg.profile_error_address_too_long(ContactForm.ADDRESS_MAX);
            case INVALID, REFUSED -> msg.profile_error_refused();
        };
    }

    private static String emailError(ContactForm.Problem problem, Msg msg) {
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case REQUIRED -> msg.profile_error_email_required();
            case TOO_LONG -> msg.profile_error_email_too_long(ContactForm.EMAIL_MAX);
            case INVALID -> msg.profile_error_email_invalid();
            case REFUSED -> msg.profile_error_refused();
        };
    }

    /** The answer of an asynchronous call, its failure thrown as it came (a {@link ServiceException} for the error pages). */
    private static <T> T await(CompletionStage<T> call) {
        try {
            return call.toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
