package id.bpjstk.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.member.Nik.Invalid;
import id.bpjstk.member.Nik.Reason;
import id.bpjstk.member.Nik.Result;
import id.bpjstk.member.Nik.Valid;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    /** A Jakarta NIK (31 71 01) with the given {@code ddmmyy} and serial 0001. */
    private static String bornOn(String ddmmyy) {
        return "317101" + ddmmyy + "0001";
    }

    private static Valid valid(String nik) {
        return valid(nik, TODAY);
    }

    private static Valid valid(String nik, LocalDate today) {
        Result result = Nik.parse(nik, today);
        assertThat(result).isInstanceOf(Valid.class);
        return (Valid) result;
    }

    private static Reason reason(String nik) {
        return reason(nik, TODAY);
    }

    private static Reason reason(String nik, LocalDate today) {
        Result result = Nik.parse(nik, today);
        assertThat(result).isInstanceOf(Invalid.class);
        return ((Invalid) result).reason();
    }

    @Nested
    class RealShapedNiks {

        @Test
        void jakartaWomanBornFifteenthOfMay1990() {
            assertThat(valid("3171015505900001").isValid()).isTrue();
        }

        @Test
        void jawaBaratManBornTwelfthOfAugust1985() {
            assertThat(valid("3273011208850002").isValid()).isTrue();
        }

        @Test
        void jawaTimurWomanBornTwentyFirstOfJanuary1992() {
            assertThat(valid("3578016101920003").isValid()).isTrue();
        }

        @Test
        void baliManBornThirdOfMarch1970() {
            assertThat(valid("5171010303700004").isValid()).isTrue();
        }

        @Test
        void papuaSelatanNikFromTheProvincesCreatedIn2022() {
            assertThat(valid("9301010101800001").isValid()).isTrue();
        }

        @Test
        void papuaBaratDayaWomanBornFirstOfJanuary2000() {
            assertThat(valid("9601014101000001").isValid()).isTrue();
        }
    }

    @Nested
    class Missing {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "   ", "\t", "\n", " \t\r\n "})
        void nullEmptyOrOnlyWhitespaceIsMissing(String input) {
            assertThat(reason(input)).isEqualTo(Reason.MISSING);
            assertThat(Nik.parse(input, TODAY).isValid()).isFalse();
        }
    }

    @Nested
    class NotSixteenDigits {

        @Test
        void fifteenDigitsAreTooFew() {
            assertThat(reason("317101550590001")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
        }

        @Test
        void seventeenDigitsAreTooMany() {
            assertThat(reason("31710155059000011")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
        }

        @Test
        void aLetterAmongSixteenCharactersIsNotADigit() {
            assertThat(reason("317101550590000A")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
            assertThat(reason("O171015505900001")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
        }

        @Test
        void surroundingWhitespaceIsNotTrimmedSilently() {
            assertThat(reason(" 3171015505900001")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
            assertThat(reason("3171015505900001 ")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
            assertThat(reason("3171015505900001\n")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
            assertThat(reason("\t3171015505900001")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
        }

        @Test
        void spacesOrHyphensInsideAreNotDigits() {
            assertThat(reason("3171 0155 0590 0001")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
            assertThat(reason("3171-0155-0590-0001")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
            // Sixteen characters, one of them a space.
            assertThat(reason("317101 505900001")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
        }

        @Test
        void signsAndDecimalPointsAreNotDigits() {
            assertThat(reason("+317101550590001")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
            assertThat(reason("-317101550590001")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
            assertThat(reason("31710155059000.1")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
        }

        @Test
        void arabicIndicDigitsAreNotAsciiDigits() {
            String arabicIndic = "٣١٧١٠١٥٥٠٥٩٠٠٠٠١";
            assertThat(arabicIndic).hasSize(16);
            assertThat(reason(arabicIndic)).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
        }

        @Test
        void fullWidthDigitsAreNotAsciiDigits() {
            String fullWidth = "３１７１０１５５０５９００００１";
            assertThat(fullWidth).hasSize(16);
            assertThat(reason(fullWidth)).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
            // One full-width digit among fifteen ASCII ones.
            assertThat(reason("317101550590000１")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
        }
    }

    @Nested
    class Province {

        @ParameterizedTest
        @ValueSource(strings = {"00", "10", "20", "22", "30", "37", "39", "50", "54", "60", "66", "70", "77", "80", "83",
            "90", "97", "99"})
        void codesOfNoCurrentProvinceAreUnknown(String code) {
            assertThat(reason(code + "71015505900001")).isEqualTo(Reason.UNKNOWN_PROVINCE);
        }

        @Test
        void exactlyTheThirtyEightCurrentProvincesAreAccepted() {
            assertThat(Nik.PROVINCE_CODES).hasSize(38);
            IntStream.range(0, 100).mapToObj(i -> String.format("%02d", i)).forEach(code -> {
                Result result = Nik.parse(code + "71015505900001", TODAY);
                if (Nik.PROVINCE_CODES.contains(code)) {
                    assertThat(result).as(code).isInstanceOf(Valid.class);
                } else {
                    assertThat(result).as(code).isEqualTo(new Invalid(Reason.UNKNOWN_PROVINCE));
                }
            });
        }

        @Test
        void theProvinceListCoversSumateraJavaBaliNusaTenggaraKalimantanSulawesiMalukuAndPapua() {
            assertThat(Nik.PROVINCE_CODES).containsExactlyInAnyOrder(
                    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
                    "31", "32", "33", "34", "35", "36",
                    "51", "52", "53",
                    "61", "62", "63", "64", "65",
                    "71", "72", "73", "74", "75", "76",
                    "81", "82",
                    "91", "92", "93", "94", "95", "96");
        }

        @Test
        void allSixPapuaProvincesAreAcceptedIncludingTheFourCreatedIn2022() {
            assertThat(Nik.PROVINCE_CODES).contains("91", "92", "93", "94", "95", "96");
            for (String code : new String[] {"91", "92", "93", "94", "95", "96"}) {
                valid(code + "01015505900001");
            }
        }

        @Test
        void theProvinceListCannotBeChanged() {
            assertThatThrownBy(() -> Nik.PROVINCE_CODES.add("97"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class RegencyAndDistrict {

        @Test
        void regencyZeroZeroIsInvalid() {
            assertThat(reason("3100015505900001")).isEqualTo(Reason.INVALID_REGENCY);
        }

        @Test
        void districtZeroZeroIsInvalid() {
            assertThat(reason("3171005505900001")).isEqualTo(Reason.INVALID_DISTRICT);
        }

        @Test
        void regencyAndDistrictFromOneToNinetyNineAreAccepted() {
            valid("3101015505900001");
            valid("3199995505900001");
        }
    }

    @Nested
    class BirthDay {

        @Test
        void dayOneToThirtyOneIsAMan() {
            valid(bornOn("010190"));
            valid(bornOn("310190"));
        }

        @Test
        void dayFortyOneToSeventyOneIsAWomanWithFortyAdded() {
            valid(bornOn("410190"));
            valid(bornOn("710190"));
        }

        @Test
        void dayZeroIsInvalid() {
            assertThat(reason(bornOn("000190"))).isEqualTo(Reason.INVALID_BIRTH_DAY);
        }

        @Test
        void dayThirtyTwoIsNoMansDay() {
            assertThat(reason(bornOn("320190"))).isEqualTo(Reason.INVALID_BIRTH_DAY);
        }

        @Test
        void dayFortyIsNeitherAManNorAWoman() {
            assertThat(reason(bornOn("400190"))).isEqualTo(Reason.INVALID_BIRTH_DAY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"32", "33", "35", "39", "40"})
        void daysBetweenMenAndWomenAreInvalid(String day) {
            assertThat(reason(bornOn(day + "0190"))).isEqualTo(Reason.INVALID_BIRTH_DAY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"72", "80", "99"})
        void daysAfterSeventyOneAreInvalid(String day) {
            assertThat(reason(bornOn(day + "0190"))).isEqualTo(Reason.INVALID_BIRTH_DAY);
        }
    }

    @Nested
    class BirthMonth {

        @ParameterizedTest
        @ValueSource(strings = {"00", "13", "20", "99"})
        void monthOutsideOneToTwelveIsInvalid(String month) {
            assertThat(reason(bornOn("15" + month + "90"))).isEqualTo(Reason.INVALID_BIRTH_MONTH);
        }

        @Test
        void januaryToDecemberAreAccepted() {
            valid(bornOn("150190"));
            valid(bornOn("151290"));
        }
    }

    @Nested
    class BirthDate {

        @Test
        void thirtiethOfFebruaryIsImpossible() {
            assertThat(reason(bornOn("300290"))).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
        }

        @Test
        void thirtiethOfFebruaryIsImpossibleForAWomanToo() {
            assertThat(reason(bornOn("700290"))).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
        }

        @Test
        void thirtyFirstOfAprilIsImpossible() {
            assertThat(reason(bornOn("310490"))).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
            assertThat(reason(bornOn("710490"))).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"06", "09", "11"})
        void thirtyFirstOfAThirtyDayMonthIsImpossible(String month) {
            assertThat(reason(bornOn("31" + month + "90"))).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
        }

        @Test
        void twentyNinthOfFebruaryInALeapYearIsFine() {
            valid(bornOn("290296"));
            valid(bornOn("690296"));
        }

        @Test
        void twentyNinthOfFebruaryInACommonYearIsImpossible() {
            assertThat(reason(bornOn("290223"))).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
            assertThat(reason(bornOn("690290"))).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
        }

        @Test
        void twentyNinthOfFebruary2000IsFineBecauseItIsDivisibleByFourHundred() {
            valid(bornOn("290200"));
        }

        @Test
        void twentyNinthOfFebruaryIsJudgedInTheResolvedCentury() {
            // "00" is 1900 when today is in 1999, and 1900 was not a leap year.
            assertThat(reason(bornOn("290200"), LocalDate.of(1999, 6, 1))).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
        }

        @Test
        void bornTodayIsFine() {
            valid(bornOn("211126"));
            valid(bornOn("611126"));
        }

        @Test
        void bornTomorrowIsInTheFuture() {
            assertThat(reason(bornOn("221126"))).isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
            assertThat(reason(bornOn("621126"))).isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
        }

        @Test
        void laterThisYearIsInTheFuture() {
            assertThat(reason(bornOn("011226"))).isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
            assertThat(reason(bornOn("311226"))).isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
        }

        @Test
        void earlierThisYearIsFine() {
            valid(bornOn("010126"));
            valid(bornOn("201126"));
        }
    }

    @Nested
    class Century {

        @Test
        void yearIsTheLatestNotAfterToday() {
            valid(bornOn("010190"));
            valid(bornOn("010105"));
            valid(bornOn("010100"));
            valid(bornOn("010199"));
        }

        @Test
        void currentTwoDigitYearIsThisCentury() {
            valid(bornOn("010126"));
        }

        @Test
        void nextTwoDigitYearIsLastCentury() {
            valid(bornOn("010127"));
            valid(bornOn("311227"));
        }

        @Test
        void aDateLaterThisYearIsNotMovedToLastCentury() {
            // "26" resolves by year alone; 1 December 2026 is then in the future, not 1926.
            assertThat(reason(bornOn("011226"))).isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
        }

        @Test
        void onNewYearsDay2000ZeroZeroIs2000AndZeroOneIs1901() {
            LocalDate newYear2000 = LocalDate.of(2000, 1, 1);
            valid(bornOn("010100"), newYear2000);
            assertThat(reason(bornOn("020100"), newYear2000)).isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
            valid(bornOn("010101"), newYear2000);
            valid(bornOn("311299"), newYear2000);
        }

        @Test
        void onNewYearsEve1999NinetyNineIs1999AndZeroZeroIs1900() {
            LocalDate newYearsEve1999 = LocalDate.of(1999, 12, 31);
            valid(bornOn("311299"), newYearsEve1999);
            valid(bornOn("010100"), newYearsEve1999);
        }

        @Test
        void theRuleMovesWithToday() {
            LocalDate in2030 = LocalDate.of(2030, 6, 1);
            valid(bornOn("010127"), in2030);
            valid(bornOn("010131"), in2030);
        }

        @Test
        void resolveYearAtItsBoundaries() {
            assertThat(Nik.resolveYear(26, TODAY)).isEqualTo(2026);
            assertThat(Nik.resolveYear(27, TODAY)).isEqualTo(1927);
            assertThat(Nik.resolveYear(0, TODAY)).isEqualTo(2000);
            assertThat(Nik.resolveYear(99, TODAY)).isEqualTo(1999);
            assertThat(Nik.resolveYear(0, LocalDate.of(2100, 1, 1))).isEqualTo(2100);
            assertThat(Nik.resolveYear(99, LocalDate.of(2100, 1, 1))).isEqualTo(2099);
        }
    }

    @Nested
    class Serial {

        @Test
        void serialZeroZeroZeroZeroIsInvalid() {
            assertThat(reason("3171015505900000")).isEqualTo(Reason.ZERO_SERIAL);
        }

        @Test
        void anyOtherSerialIsAccepted() {
            valid("3171015505900001");
            valid("3171015505900010");
            valid("3171015505909999");
        }
    }

    @Nested
    class RuleOrder {

        @Test
        void onlyTheFirstBrokenRuleIsReported() {
            // Every part wrong: unknown province, regency and district 00, day 40, month 13, serial 0000.
            assertThat(reason("9700004013990000")).isEqualTo(Reason.UNKNOWN_PROVINCE);
            assertThat(reason("3100004013990000")).isEqualTo(Reason.INVALID_REGENCY);
            assertThat(reason("3171004013990000")).isEqualTo(Reason.INVALID_DISTRICT);
            assertThat(reason("3171014013990000")).isEqualTo(Reason.INVALID_BIRTH_DAY);
            assertThat(reason("3171011513990000")).isEqualTo(Reason.INVALID_BIRTH_MONTH);
            assertThat(reason("3171013002990000")).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
            assertThat(reason("3171010112260000")).isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
            assertThat(reason("3171010112250000")).isEqualTo(Reason.ZERO_SERIAL);
        }

        @Test
        void lengthIsCheckedBeforeTheParts() {
            assertThat(reason("00000000000000000")).isEqualTo(Reason.NOT_SIXTEEN_DIGITS);
        }

        @Test
        void anImpossibleDateInTheFutureIsImpossible() {
            // 31 December is in the future, 31 June does not exist at all.
            assertThat(reason(bornOn("310626"))).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
        }
    }

    @Nested
    class Api {

        @Test
        void todayIsRequired() {
            assertThatThrownBy(() -> Nik.parse("3171015505900001", null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void invalidCarriesItsReason() {
            Result result = Nik.parse("3171015505900000", TODAY);
            assertThat(result).isEqualTo(new Invalid(Reason.ZERO_SERIAL));
            assertThat(result.isValid()).isFalse();
        }
    }
}
