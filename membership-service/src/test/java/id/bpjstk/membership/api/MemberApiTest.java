package id.bpjstk.membership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bpjstk.membership.support.Demo;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Profile, balances and contribution history of the demo members. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class MemberApiTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void profileShowsTheRegistryRecordWithTheNikMasked() {
        String body = given().auth().oauth2(TestTokens.member(Demo.SITI))
                .when().get("/api/members/me")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("membershipNumber", is(Demo.SITI))
                .body("name", is("Siti Rahmawati"))
                .body("birthDate", is("1990-05-15"))
                .body("sex", is("FEMALE"))
                .body("participantCategory", is("PU"))
                .body("status", is("ACTIVE"))
                .body("employer", is("PT Nusantara Logistik Sejahtera"))
                .body("phoneNumber", is("+6281200000001"))
                .body("email", is("siti@example.test"))
                .body("correspondenceEmail", is("siti@example.test"))
                .body("nikMasked", is("3171********0001"))
                .body("registeredSince", is("2023-01-02"))
                .body("$", hasKey("address"))
                .extract().asString();
        assertEquals(-1, body.indexOf(Demo.SITI_NIK), "the NIK must never be in a response");
    }

    @Test
    void bpuProfileHasNoEmployer() {
        given().auth().oauth2(TestTokens.member(Demo.DEWI))
                .when().get("/api/members/me")
                .then().statusCode(200)
                .body("participantCategory", is("BPU"))
                .body("$", hasKey("employer"))
                .body("employer", nullValue());
    }

    @Test
    void wageEarnerBalancesAreComputedFromTheSeededRows() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .when().get("/api/members/me/balances")
                .then().statusCode(200)
                .body("asOf", is("2026-10-31"))
                .body("currency", is("IDR"))
                .body("jht.contributions", is(25_034_400))
                .body("jht.investmentReturns", is(1_738_717))
                .body("jht.total", is(26_773_117))
                .body("jp.contributions", is(13_100_220))
                .body("jp.contributionMonths", is(46))
                // 1 % × 46/12 × (436,674,000 / 46)
                .body("jp.estimatedMonthlyBenefit", is(363_895));
    }

    @Test
    void jhtTotalIsContributionsPlusReturnsAndMatchesTheContributionListing() {
        JsonPath balances = given().auth().oauth2(TestTokens.member(Demo.BUDI))
                .when().get("/api/members/me/balances")
                .then().statusCode(200).extract().jsonPath();
        JsonPath listing = given().auth().oauth2(TestTokens.member(Demo.BUDI))
                .queryParam("from", "2023-01").queryParam("to", "2026-10").queryParam("size", 100)
                .when().get("/api/members/me/contributions")
                .then().statusCode(200).body("totalItems", is(46)).body("items", hasSize(46))
                .extract().jsonPath();

        long jhtFromListing = 0;
        long jpFromListing = 0;
        for (Map<String, Object> item : listing.<Map<String, Object>>getList("items")) {
            long itemTotal = 0;
            for (Map<String, Object> programme : (List<Map<String, Object>>) item.get("programmes")) {
                long total = ((Number) programme.get("total")).longValue();
                assertEquals(((Number) programme.get("employer")).longValue()
                        + ((Number) programme.get("employee")).longValue(), total);
                itemTotal += total;
                if ("JHT".equals(programme.get("programme"))) {
                    jhtFromListing += total;
                } else if ("JP".equals(programme.get("programme"))) {
                    jpFromListing += total;
                }
            }
            assertEquals(((Number) item.get("total")).longValue(), itemTotal);
        }
        long contributions = balances.getLong("jht.contributions");
        assertEquals(contributions + balances.getLong("jht.investmentReturns"), balances.getLong("jht.total"));
        assertEquals(jhtFromListing, contributions);
        assertEquals(jpFromListing, balances.getLong("jp.contributions"));
    }

    @Test
    void bpuParticipantHasJhtButNoJp() {
        given().auth().oauth2(TestTokens.member(Demo.DEWI))
                .when().get("/api/members/me/balances")
                .then().statusCode(200)
                .body("asOf", is("2026-10-31"))
                .body("jht.contributions", is(2_060_000))
                .body("jht.investmentReturns", is(141_069))
                .body("jht.total", is(2_201_069))
                .body("$", hasKey("jp"))
                .body("jp", nullValue());
    }

    @Test
    void defaultListingIsTheLatestTwelveMonthsNewestFirst() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .when().get("/api/members/me/contributions")
                .then().statusCode(200)
                .body("from", is("2025-11"))
                .body("to", is("2026-10"))
                .body("page", is(0))
                .body("size", is(12))
                .body("totalItems", is(12))
                .body("totalPages", is(1))
                .body("items", hasSize(12))
                .body("items[0].period", is("2026-10"))
                .body("items[11].period", is("2025-11"))
                .body("items[0].wage", is(10_800_000))
                .body("items[0].programmes.programme", contains("JHT", "JKK", "JKM", "JP"))
                .body("items[0].programmes[0].employer", is(399_600))
                .body("items[0].programmes[0].employee", is(216_000))
                .body("items[0].programmes[3].employer", is(210_948))
                .body("items[0].programmes[3].employee", is(105_474))
                .body("items[0].total", is(990_342));
    }

    @Test
    void pagesSplitTheRangeAndTheLastPageHoldsTheRest() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("from", "2023-01").queryParam("to", "2026-10")
                .queryParam("page", 4).queryParam("size", 10)
                .when().get("/api/members/me/contributions")
                .then().statusCode(200)
                .body("totalItems", is(46))
                .body("totalPages", is(5))
                .body("page", is(4))
                .body("size", is(10))
                .body("items", hasSize(6))
                .body("items.period", contains("2023-06", "2023-05", "2023-04", "2023-03", "2023-02", "2023-01"));
    }

    @Test
    void pageAfterTheLastIsEmpty() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("from", "2026-01").queryParam("page", 3).queryParam("size", 5)
                .when().get("/api/members/me/contributions")
                .then().statusCode(200)
                .body("totalItems", is(10))
                .body("totalPages", is(2))
                .body("items", empty());
    }

    @ParameterizedTest
    @CsvSource({ "21474837, 100", "999999999, 100", "999999999, 1" })
    void pageFarPastTheLastIsEmptyNotAnError(String page, int size) {
        // page × size is past what an int holds: still an empty page of the whole range
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("from", "2023-01").queryParam("to", "2026-10")
                .queryParam("page", page).queryParam("size", size)
                .when().get("/api/members/me/contributions")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("page", is(Integer.parseInt(page)))
                .body("size", is(size))
                .body("totalItems", is(46))
                .body("items", empty());
    }

    @Test
    void pageOfMoreThanNineDigitsIs400WithAFieldViolation() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("page", "2147483648")
                .when().get("/api/members/me/contributions")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("page"));
    }

    @Test
    void rangeBeforeTheFirstContributionIsEmptyNotAnError() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("from", "2020-01").queryParam("to", "2020-12")
                .when().get("/api/members/me/contributions")
                .then().statusCode(200).body("totalItems", is(0)).body("totalPages", is(0)).body("items", empty());
    }

    @Test
    void halfRupiahSharesAreRoundedUpInTheListing() {
        // Budi, October 2026: wage 6,351,250; JP employee 1 % = 63,512.50
        given().auth().oauth2(TestTokens.member(Demo.BUDI))
                .queryParam("from", "2026-10").queryParam("to", "2026-10")
                .when().get("/api/members/me/contributions")
                .then().statusCode(200)
                .body("items[0].wage", is(6_351_250))
                .body("items[0].programmes[3].programme", is("JP"))
                .body("items[0].programmes[3].employee", is(63_513));
    }

    @Test
    void bpuListingHasJhtJkkJkmPaidByTheParticipant() {
        given().auth().oauth2(TestTokens.member(Demo.DEWI))
                .queryParam("to", "2026-10").queryParam("size", 1)
                .when().get("/api/members/me/contributions")
                .then().statusCode(200)
                .body("items[0].wage", is(2_500_000))
                .body("items[0].programmes.programme", contains("JHT", "JKK", "JKM"))
                .body("items[0].programmes.employer", everyItem(is(0)))
                .body("items[0].programmes.employee", contains(50_000, 25_000, 6_800))
                .body("items[0].total", is(81_800));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-13", "2026-1", "abc", "2026-00", "26-01", "2026-10-01", "0000-01", " 2026-01" })
    void malformedFromMonthIs400WithAFieldViolation(String month) {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("from", month)
                .when().get("/api/members/me/contributions")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("from"))
                .body("violations[0].message", containsString("YYYY-MM"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-13", "2026-1", "abc" })
    void malformedToMonthIs400WithAFieldViolation(String month) {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("to", month)
                .when().get("/api/members/me/contributions")
                .then().statusCode(400).body("violations.field", contains("to"));
    }

    @Test
    void fromAfterToIs400() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("from", "2026-05").queryParam("to", "2026-04")
                .when().get("/api/members/me/contributions")
                .then().statusCode(400)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("from"));
    }

    @Test
    void sizeOverTheCapIs400() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("size", 101)
                .when().get("/api/members/me/contributions")
                .then().statusCode(400).body("violations.field", contains("size"));
    }

    @Test
    void sizeZeroIs400() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("size", 0)
                .when().get("/api/members/me/contributions")
                .then().statusCode(400).body("violations.field", contains("size"));
    }

    @Test
    void negativePageIs400() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("page", -1)
                .when().get("/api/members/me/contributions")
                .then().statusCode(400).body("violations.field", contains("page"));
    }

    @Test
    void nonNumericPageIs400() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("page", "first")
                .when().get("/api/members/me/contributions")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", is("invalid_request"))
                .body("violations.field", contains("page"));
    }

    @Test
    void sizeOfExactlyOneHundredIsAllowed() {
        given().auth().oauth2(TestTokens.member(Demo.SITI))
                .queryParam("size", 100).queryParam("from", "2023-01")
                .when().get("/api/members/me/contributions")
                .then().statusCode(200).body("items", hasSize(46)).body("items", not(empty()));
    }
}
