package id.bpjstk.membership.api;

import id.bpjstk.membership.service.BalanceService;
import id.bpjstk.membership.service.ContributionService;
import id.bpjstk.membership.service.MemberService;
import id.bpjstk.membership.statement.RenderedStatement;
import id.bpjstk.membership.statement.StatementService;
import id.bpjstk.service.api.ErrorResponse;
import id.bpjstk.service.security.Caller;
import id.bpjstk.service.security.RequiresAcr;
import id.bpjstk.service.security.RequiresScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in member's own records; the member is the token's {@code membership_number}. Each operation needs the
 * scope that grants it, so a partner app the member let in reads only what she consented to.
 */
@Path("/api/members/me")
@RolesAllowed("member")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member", description = "The signed-in member's own records (role member)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No, invalid or expired token",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
@APIResponse(responseCode = "403", description = "No member role or no membership_number claim (forbidden); or the "
        + "token was not granted the operation's scope (insufficient_scope, with WWW-Authenticate: Bearer "
        + "error=\"insufficient_scope\", scope=\"<the scope>\")",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
public class MemberResource {

    static final String MONTH = "^[1-9][0-9]{3}-(0[1-9]|1[0-2])$";
    static final String MONTH_MESSAGE = "must be a month as YYYY-MM";
    // page and size are read as text so that "abc" is a 400 with a field, not JAX-RS's 404
    static final String PAGE = "^[0-9]{1,9}$";
    static final String PAGE_MESSAGE = "must be a whole number, 0 or more";
    static final String SIZE = "^(100|[1-9][0-9]?)$";
    static final String SIZE_MESSAGE = "must be a whole number from 1 to 100";

    private final Caller caller;
    private final MemberService members;
    private final BalanceService balances;
    private final ContributionService contributions;
    private final StatementService statements;

    MemberResource(Caller caller, MemberService members, BalanceService balances, ContributionService contributions,
            StatementService statements) {
        this.caller = caller;
        this.members = members;
        this.balances = balances;
        this.contributions = contributions;
        this.statements = statements;
    }

    @GET
    @RequiresScope("membership")
    @Operation(summary = "The caller's profile", description = "Needs scope membership.")
    @APIResponseSchema(value = MemberProfileResponse.class, responseDescription = "The profile")
    public MemberProfileResponse profile() {
        return MemberProfileResponse.from(members.profile(caller.membershipNumber()));
    }

    @GET
    @Path("/balances")
    @RequiresScope("balances.read")
    @Operation(summary = "JHT and JP balances",
            description = "As of the last day of the latest contribution month; jp is null for BPU participants. "
                    + "Needs scope balances.read.")
    @APIResponseSchema(value = BalancesResponse.class, responseDescription = "The balances")
    public BalancesResponse balances() {
        return BalancesResponse.from(balances.balances(caller.membershipNumber()));
    }

    @GET
    @Path("/contributions")
    @RequiresScope("contributions.read")
    @Operation(summary = "Contribution history, one item per month, newest first",
            description = "Needs scope contributions.read.")
    @APIResponseSchema(value = ContributionPageResponse.class, responseDescription = "One page of months")
    @APIResponse(responseCode = "400", description = "Malformed month, from after to, page < 0 or size outside 1..100",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public ContributionPageResponse contributions(
            @Parameter(description = "First month (YYYY-MM), inclusive. Default: 11 months before `to` (a 12-month window).")
            @QueryParam("from") @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String from,
            @Parameter(description = "Last month (YYYY-MM), inclusive. Default: the member's latest contribution month.")
            @QueryParam("to") @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String to,
            @Parameter(description = "Page index, from 0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = PAGE, message = PAGE_MESSAGE) String page,
            @Parameter(description = "Months per page, 1 to 100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "12"))
            @QueryParam("size") @DefaultValue("12") @Pattern(regexp = SIZE, message = SIZE_MESSAGE) String size) {
        return ContributionPageResponse.from(contributions.history(caller.membershipNumber(), month(from), month(to),
                Integer.parseInt(page), Integer.parseInt(size)));
    }

    @GET
    @Path("/statement")
    @Produces({ "application/pdf", MediaType.APPLICATION_JSON })
    @RequiresScope("contributions.read")
    @Operation(summary = "The e-statement of one year as a PDF",
            description = "Contributions per month and programme, yearly totals, and the balances as of the end of "
                    + "the year (as of the latest contribution month for the current year). Needs scope "
                    + "contributions.read.")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Malformed year, or outside 1977 to the current year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No contributions in that year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public Response statement(
            @Parameter(description = "Year, YYYY") @QueryParam("year") @NotNull @Pattern(regexp = "^[0-9]{4}$",
                    message = "must be a year as YYYY") String year) {
        RenderedStatement statement = statements.statement(caller.membershipNumber(), Integer.parseInt(year));
        return Response.ok(statement.pdf(), "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + statement.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @PUT
    @Path("/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("contact.write")
    @RequiresAcr("2")
    @Operation(summary = "Change the postal address and correspondence email",
            description = "Needs scope contact.write, and a token with acr 2 (password and one-time code) whose sign-in "
                    + "(auth_time) was at most "
                    + "30 minutes ago; otherwise the answer is 403 with WWW-Authenticate: Bearer "
                    + "error=\"insufficient_user_authentication\", acr_values=\"2\", max_age=1800 (RFC 9470).")
    @APIResponseSchema(value = MemberProfileResponse.class, responseDescription = "The updated profile")
    @APIResponse(responseCode = "400", description = "Invalid body; nothing is changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorResponse.class)))
    public MemberProfileResponse updateContact(@Valid @NotNull ContactUpdateRequest body) {
        return MemberProfileResponse.from(members.updateContact(caller.membershipNumber(), body.address(),
                body.correspondenceEmail()));
    }

    private static Optional<YearMonth> month(String value) {
        return Optional.ofNullable(value).map(YearMonth::parse);
    }
}
