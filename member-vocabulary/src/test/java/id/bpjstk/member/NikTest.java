package id.bpjstk.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.member.Nik.Invalid;
import id.bpjstk.member.Nik.Reason;
import id.bpjstk.member.Nik.Result;
import id.bpjstk.member.Nik.Sex;
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
            Valid nik = valid("3171015505900001");
            assertThat(nik).isEqualTo(new Valid("31", "71", "01", LocalDate.of(1990, 5, 15), Sex.FEMALE, "0001"));
            assertThat(nik.provinceName()).isEqualTo("DKI Jakarta");
            assertThat(nik.isValid()).isTrue();
        }

        @Test
        void jawaBaratManBornTwelfthOfAugust1985() {
            Valid nik = valid("3273011208850002");
            assertThat(nik).isEqualTo(new Valid("32", "73", "01", LocalDate.of(1985, 8, 12), Sex.MALE, "0002"));
            assertThat(nik.provinceName()).isEqualTo("Jawa Barat");
        }

        @Test
        void jawaTimurWomanBornTwentyFirstOfJanuary1992() {
            Valid nik = valid("3578016101920003");
            assertThat(nik).isEqualTo(new Valid("35", "78", "01", LocalDate.of(1992, 1, 21), Sex.FEMALE, "0003"));
            assertThat(nik.provinceName()).isEqualTo("Jawa Timur");
        }

        @Test
        void baliManBornThirdOfMarch1970() {
            Valid nik = valid("5171010303700004");
            assertThat(nik).isEqualTo(new Valid("51", "71", "01", LocalDate.of(1970, 3, 3), Sex.MALE, "0004"));
            assertThat(nik.provinceName()).isEqualTo("Bali");
        }

        @Test
        void papuaSelatanNikFromTheProvincesCreatedIn2022() {
            Valid nik = valid("9301010101800001");
            assertThat(nik).isEqualTo(new Valid("93", "01", "01", LocalDate.of(1980, 1, 1), Sex.MALE, "0001"));
            assertThat(nik.provinceName()).isEqualTo("Papua Selatan");
        }

        @Test
        void papuaBaratDayaWomanBornFirstOfJanuary2000() {
            Valid nik = valid("9601014101000001");
            assertThat(nik).isEqualTo(new Valid("96", "01", "01", LocalDate.of(2000, 1, 1), Sex.FEMALE, "0001"));
            assertThat(nik.provinceName()).isEqualTo("Papua Barat Daya");
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
            assertThat(Nik.PROVINCES).hasSize(38);
            IntStream.range(0, 100).mapToObj(i -> String.format("%02d", i)).forEach(code -> {
                Result result = Nik.parse(code + "71015505900001", TODAY);
                if (Nik.PROVINCES.containsKey(code)) {
                    assertThat(result).as(code).isInstanceOf(Valid.class);
                    assertThat(((Valid) result).provinceCode()).isEqualTo(code);
                } else {
                    assertThat(result).as(code).isEqualTo(new Invalid(Reason.UNKNOWN_PROVINCE));
                }
            });
        }

        @Test
        void theProvinceListCoversSumateraJavaBaliNusaTenggaraKalimantanSulawesiMalukuAndPapua() {
            assertThat(Nik.PROVINCES.keySet()).containsExactly(
                    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
                    "31", "32", "33", "34", "35", "36",
                    "51", "52", "53",
                    "61", "62", "63", "64", "65",
                    "71", "72", "73", "74", "75", "76",
                    "81", "82",
                    "91", "92", "93", "94", "95", "96");
            assertThat(Nik.PROVINCES)
                    .containsEntry("11", "Aceh")
                    .containsEntry("19", "Kepulauan Bangka Belitung")
                    .containsEntry("21", "Kepulauan Riau")
                    .containsEntry("34", "DI Yogyakarta")
                    .containsEntry("36", "Banten")
                    .containsEntry("65", "Kalimantan Utara")
                    .containsEntry("76", "Sulawesi Barat")
                    .containsEntry("82", "Maluku Utara");
        }

        @Test
        void allSixPapuaProvincesAreAcceptedIncludingTheFourCreatedIn2022() {
            assertThat(Nik.PROVINCES)
                    .containsEntry("91", "Papua")
                    .containsEntry("92", "Papua Barat")
                    .containsEntry("93", "Papua Selatan")
                    .containsEntry("94", "Papua Tengah")
                    .containsEntry("95", "Papua Pegunungan")
                    .containsEntry("96", "Papua Barat Daya");
            for (String code : new String[] {"91", "92", "93", "94", "95", "96"}) {
                assertThat(valid(code + "01015505900001").provinceCode()).isEqualTo(code);
            }
        }

        @Test
        void provinceNameIsLookedUpByCode() {
            assertThat(Nik.provinceName("31")).contains("DKI Jakarta");
            assertThat(Nik.provinceName("95")).contains("Papua Pegunungan");
            assertThat(Nik.provinceName("37")).isEmpty();
            assertThat(Nik.provinceName("3")).isEmpty();
            assertThat(Nik.provinceName(null)).isEmpty();
        }

        @Test
        void theProvinceListCannotBeChanged() {
            assertThatThrownBy(() -> Nik.PROVINCES.put("97", "Atlantis"))
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
            Valid low = valid("3101015505900001");
            assertThat(low.regencyCode()).isEqualTo("01");
            assertThat(low.districtCode()).isEqualTo("01");
            Valid high = valid("3199995505900001");
            assertThat(high.regencyCode()).isEqualTo("99");
            assertThat(high.districtCode()).isEqualTo("99");
        }
    }

    @Nested
    class BirthDay {

        @Test
        void dayOneToThirtyOneIsAMan() {
            Valid first = valid(bornOn("010190"));
            assertThat(first.sex()).isEqualTo(Sex.MALE);
            assertThat(first.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
            Valid last = valid(bornOn("310190"));
            assertThat(last.sex()).isEqualTo(Sex.MALE);
            assertThat(last.birthDate()).isEqualTo(LocalDate.of(1990, 1, 31));
        }

        @Test
        void dayFortyOneToSeventyOneIsAWomanWithFortyAdded() {
            Valid first = valid(bornOn("410190"));
            assertThat(first.sex()).isEqualTo(Sex.FEMALE);
            assertThat(first.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
            Valid last = valid(bornOn("710190"));
            assertThat(last.sex()).isEqualTo(Sex.FEMALE);
            assertThat(last.birthDate()).isEqualTo(LocalDate.of(1990, 1, 31));
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
            assertThat(valid(bornOn("150190")).birthDate()).isEqualTo(LocalDate.of(1990, 1, 15));
            assertThat(valid(bornOn("151290")).birthDate()).isEqualTo(LocalDate.of(1990, 12, 15));
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
            assertThat(valid(bornOn("290296")).birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
            assertThat(valid(bornOn("690296")).birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
        }

        @Test
        void twentyNinthOfFebruaryInACommonYearIsImpossible() {
            assertThat(reason(bornOn("290223"))).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
            assertThat(reason(bornOn("690290"))).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
        }

        @Test
        void twentyNinthOfFebruary2000IsFineBecauseItIsDivisibleByFourHundred() {
            assertThat(valid(bornOn("290200")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        }

        @Test
        void twentyNinthOfFebruaryIsJudgedInTheResolvedCentury() {
            // "00" is 1900 when today is in 1999, and 1900 was not a leap year.
            assertThat(reason(bornOn("290200"), LocalDate.of(1999, 6, 1))).isEqualTo(Reason.IMPOSSIBLE_BIRTH_DATE);
        }

        @Test
        void bornTodayIsFine() {
            assertThat(valid(bornOn("211126")).birthDate()).isEqualTo(TODAY);
            assertThat(valid(bornOn("611126")).birthDate()).isEqualTo(TODAY);
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
            assertThat(valid(bornOn("010126")).birthDate()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(valid(bornOn("201126")).birthDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        }
    }

    @Nested
    class Century {

        @Test
        void yearIsTheLatestNotAfterToday() {
            assertThat(valid(bornOn("010190")).birthDate().getYear()).isEqualTo(1990);
            assertThat(valid(bornOn("010105")).birthDate().getYear()).isEqualTo(2005);
            assertThat(valid(bornOn("010100")).birthDate().getYear()).isEqualTo(2000);
            assertThat(valid(bornOn("010199")).birthDate().getYear()).isEqualTo(1999);
        }

        @Test
        void currentTwoDigitYearIsThisCentury() {
            assertThat(valid(bornOn("010126")).birthDate().getYear()).isEqualTo(2026);
        }

        @Test
        void nextTwoDigitYearIsLastCentury() {
            assertThat(valid(bornOn("010127")).birthDate().getYear()).isEqualTo(1927);
            assertThat(valid(bornOn("311227")).birthDate()).isEqualTo(LocalDate.of(1927, 12, 31));
        }

        @Test
        void aDateLaterThisYearIsNotMovedToLastCentury() {
            // "26" resolves by year alone; 1 December 2026 is then in the future, not 1926.
            assertThat(reason(bornOn("011226"))).isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
        }

        @Test
        void onNewYearsDay2000ZeroZeroIs2000AndZeroOneIs1901() {
            LocalDate newYear2000 = LocalDate.of(2000, 1, 1);
            assertThat(valid(bornOn("010100"), newYear2000).birthDate()).isEqualTo(newYear2000);
            assertThat(reason(bornOn("020100"), newYear2000)).isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
            assertThat(valid(bornOn("010101"), newYear2000).birthDate()).isEqualTo(LocalDate.of(1901, 1, 1));
            assertThat(valid(bornOn("311299"), newYear2000).birthDate()).isEqualTo(LocalDate.of(1999, 12, 31));
        }

        @Test
        void onNewYearsEve1999NinetyNineIs1999AndZeroZeroIs1900() {
            LocalDate newYearsEve1999 = LocalDate.of(1999, 12, 31);
            assertThat(valid(bornOn("311299"), newYearsEve1999).birthDate()).isEqualTo(newYearsEve1999);
            assertThat(valid(bornOn("010100"), newYearsEve1999).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        }

        @Test
        void theRuleMovesWithToday() {
            LocalDate in2030 = LocalDate.of(2030, 6, 1);
            assertThat(valid(bornOn("010127"), in2030).birthDate().getYear()).isEqualTo(2027);
            assertThat(valid(bornOn("010131"), in2030).birthDate().getYear()).isEqualTo(1931);
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
            assertThat(valid("3171015505900001").serial()).isEqualTo("0001");
            assertThat(valid("3171015505900010").serial()).isEqualTo("0010");
            assertThat(valid("3171015505909999").serial()).isEqualTo("9999");
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

        @Test
        void validToStringKeepsTheBirthDateSexAndSerialOut() {
            String text = valid("3171015505900001").toString();
            assertThat(text)
                    .contains("31", "71")
                    .doesNotContain("1990", "05-15", "FEMALE", "MALE", "0001", "3171015505900001");
        }
    }
}
