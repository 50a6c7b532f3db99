package id.bpjstk.idp.member;

import java.time.LocalDate;
import java.time.ZoneId;

/** Members' time: the dates they type (birth dates, the date a NIK is judged on) are Jakarta's (WIB). */
public final class Jakarta {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Jakarta() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
