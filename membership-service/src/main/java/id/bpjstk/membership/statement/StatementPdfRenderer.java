package id.bpjstk.membership.statement;

import id.bpjstk.membership.persistence.ParticipantCategory;
import id.bpjstk.membership.persistence.Programme;
import id.bpjstk.membership.service.Balances;
import id.bpjstk.membership.service.MonthlyContribution;
import id.bpjstk.membership.service.ProgrammeContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws the e-statement on one landscape A4 page with PDFBox: the member, a table of the year's
 * contributions per month and programme (employer and employee shares), the yearly totals and the
 * balances as of the end of the year. Labels are Indonesian with the English term beside them.
 */
@ApplicationScoped
public class StatementPdfRenderer {

    private static final float MARGIN = 40f;
    private static final float ROW = 13f;
    private static final float PERIOD_WIDTH = 58f;
    private static final float WAGE_WIDTH = 78f;
    private static final float TOTAL_WIDTH = 80f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** Formats whole rupiah the Indonesian way: {@code 10.547.400}. */
    public static String formatRupiah(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }

    public byte[] render(StatementData data) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            describe(document, data);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Canvas canvas = new Canvas(content, regular, bold, page.getMediaBox().getWidth());
                float y = canvas.header(data);
                y = canvas.table(data, y);
                canvas.balances(data, y);
                canvas.footer(data);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the e-statement", e);
        }
    }

    private static void describe(PDDocument document, StatementData data) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("E-statement " + data.membershipNumber() + " " + data.year());
        info.setSubject("Laporan iuran dan saldo peserta / Member contribution and balance statement");
        info.setCreator("membership-service");
        Calendar created = GregorianCalendar.from(data.issuedOn().atStartOfDay(ZoneOffset.UTC));
        created.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        info.setCreationDate(created);
    }

    private static final class Canvas {

        private final PDPageContentStream content;
        private final PDFont regular;
        private final PDFont bold;
        private final float right;

        Canvas(PDPageContentStream content, PDFont regular, PDFont bold, float pageWidth) {
            this.content = content;
            this.regular = regular;
            this.bold = bold;
            this.right = pageWidth - MARGIN;
        }

        float header(StatementData data) throws IOException {
            float top = 555f;
            text(bold, 15, MARGIN, top, "E-STATEMENT PESERTA " + data.year());
            text(regular, 9, MARGIN, top - 16,
                    "Laporan iuran dan saldo peserta jaminan sosial ketenagakerjaan / "
                            + "Member contribution and balance statement, year " + data.year());
            line(MARGIN, top - 24, right, top - 24, 0.8f);

            float y = top - 40;
            labelled(MARGIN, y, "Nama / Name", data.name());
            labelled(MARGIN, y - 14, "No. KPJ / Membership no.", data.membershipNumber());
            labelled(MARGIN, y - 28, "Kategori / Category", categoryLabel(data.category()));
            float middle = MARGIN + 400;
            labelled(middle, y, "Pemberi kerja / Employer", data.employer() == null ? "-" : data.employer());
            labelled(middle, y - 14, "NIK", data.nikMasked());
            labelled(middle, y - 28, "Tanggal cetak / Issued on", DATE.format(data.issuedOn()));
            return y - 46;
        }

        float table(StatementData data, float top) throws IOException {
            List<Programme> programmes = programmesIn(data.months());
            float shareWidth = (right - MARGIN - PERIOD_WIDTH - WAGE_WIDTH - TOTAL_WIDTH) / (programmes.size() * 2);
            List<Float> edges = new ArrayList<>();
            float x = MARGIN;
            edges.add(x);
            x += PERIOD_WIDTH;
            edges.add(x);
            x += WAGE_WIDTH;
            edges.add(x);
            for (int i = 0; i < programmes.size() * 2; i++) {
                x += shareWidth;
                edges.add(x);
            }
            x += TOTAL_WIDTH;
            edges.add(x);

            // header: programme names over their two share columns
            shade(MARGIN, top - 2 * ROW, right - MARGIN, 2 * ROW);
            float firstRow = top - ROW + 4;
            float secondRow = top - 2 * ROW + 4;
            text(bold, 8, edges.get(0) + 3, secondRow, "Periode");
            textRight(bold, 8, edges.get(2) - 3, secondRow,
                    data.category() == ParticipantCategory.BPU ? "Penghasilan" : "Upah");
            for (int i = 0; i < programmes.size(); i++) {
                float from = edges.get(2 + 2 * i);
                float to = edges.get(4 + 2 * i);
                textCentered(bold, 8, (from + to) / 2, firstRow, programmes.get(i).name());
                textRight(bold, 7, edges.get(3 + 2 * i) - 3, secondRow, "Pemberi Kerja");
                textRight(bold, 7, to - 3, secondRow, "Pekerja");
            }
            textRight(bold, 8, edges.get(edges.size() - 1) - 3, secondRow, "Jumlah");
            line(MARGIN, top, right, top, 0.5f);
            line(MARGIN, top - 2 * ROW, right, top - 2 * ROW, 0.5f);

            float y = top - 2 * ROW;
            long[] employer = new long[programmes.size()];
            long[] employee = new long[programmes.size()];
            long wages = 0;
            long total = 0;
            for (MonthlyContribution month : data.months()) {
                float baseline = y - ROW + 4;
                text(regular, 8, edges.get(0) + 3, baseline, month.period().toString());
                textRight(regular, 8, edges.get(2) - 3, baseline, formatRupiah(month.wage()));
                for (int i = 0; i < programmes.size(); i++) {
                    ProgrammeContribution line = find(month, programmes.get(i));
                    long er = line == null ? 0 : line.employer();
                    long ee = line == null ? 0 : line.employee();
                    employer[i] += er;
                    employee[i] += ee;
                    textRight(regular, 8, edges.get(3 + 2 * i) - 3, baseline, line == null ? "-" : formatRupiah(er));
                    textRight(regular, 8, edges.get(4 + 2 * i) - 3, baseline, line == null ? "-" : formatRupiah(ee));
                }
                wages += month.wage();
                total += month.total();
                textRight(regular, 8, edges.get(edges.size() - 1) - 3, baseline, formatRupiah(month.total()));
                y -= ROW;
                line(MARGIN, y, right, y, 0.2f);
            }

            // yearly totals
            shade(MARGIN, y - ROW, right - MARGIN, ROW);
            float baseline = y - ROW + 4;
            text(bold, 8, edges.get(0) + 3, baseline, "Jumlah " + data.year());
            textRight(bold, 8, edges.get(2) - 3, baseline, formatRupiah(wages));
            for (int i = 0; i < programmes.size(); i++) {
                textRight(bold, 8, edges.get(3 + 2 * i) - 3, baseline, formatRupiah(employer[i]));
                textRight(bold, 8, edges.get(4 + 2 * i) - 3, baseline, formatRupiah(employee[i]));
            }
            textRight(bold, 8, edges.get(edges.size() - 1) - 3, baseline, formatRupiah(total));
            y -= ROW;
            line(MARGIN, y, right, y, 0.5f);
            // a programme's two share columns sit under its name: their separator starts below it
            line(edges.get(2), top - ROW, edges.get(edges.size() - 2), top - ROW, 0.2f);
            for (int i = 0; i < edges.size(); i++) {
                boolean betweenShares = i >= 3 && i < edges.size() - 1 && (i - 3) % 2 == 0;
                line(edges.get(i), betweenShares ? top - ROW : top, edges.get(i), y, 0.2f);
            }
            text(regular, 7, MARGIN, y - 11, "Jumlah dalam rupiah / Amounts in rupiah (IDR). Pemberi Kerja = "
                    + "employer share; Pekerja = employee share (for BPU participants: the participant's own payment). "
                    + "Total contributions " + data.year() + ": Rp " + formatRupiah(total) + ".");
            return y - 30;
        }

        void balances(StatementData data, float top) throws IOException {
            Balances balances = data.balances();
            String asOf = DATE.format(balances.asOf());
            text(bold, 10, MARGIN, top, "Saldo per " + asOf + " / Balances as of " + balances.asOf());
            float y = top - 16;
            text(bold, 9, MARGIN, y, "JHT (Jaminan Hari Tua / old-age savings)");
            amountLineAt(MARGIN, y - 13, "Iuran / Contributions", balances.jht().contributions());
            amountLineAt(MARGIN, y - 26, "Hasil pengembangan / Investment returns", balances.jht().investmentReturns());
            amountLineAt(MARGIN, y - 39, "Saldo JHT / JHT balance", balances.jht().total());

            float column = MARGIN + 400;
            text(bold, 9, column, y, "JP (Jaminan Pensiun / pension)");
            if (balances.jp() == null) {
                text(regular, 8, column, y - 13, "Tidak terdaftar: peserta BPU / Not enrolled: BPU participant");
            } else {
                amountLineAt(column, y - 13, "Iuran terakumulasi / Accrued contributions", balances.jp().contributions());
                text(regular, 8, column, y - 26, "Masa iur / Contribution months");
                textRight(regular, 8, column + 330, y - 26, Integer.toString(balances.jp().contributionMonths()));
                amountLineAt(column, y - 39, "Perkiraan manfaat bulanan / Estimated monthly benefit",
                        balances.jp().estimatedMonthlyBenefit());
                text(regular, 6.5f, column, y - 51,
                        "Estimate: 1% x (contribution months / 12) x average monthly JP wage (PP 45/2015).");
            }
        }

        void footer(StatementData data) throws IOException {
            line(MARGIN, 58, right, 58, 0.5f);
            text(regular, 7, MARGIN, 46, "Dokumen ini dibuat secara elektronik dan sah tanpa tanda tangan. "
                    + "This statement is generated electronically and is valid without a signature.");
            text(regular, 7, MARGIN, 36, "E-statement " + data.membershipNumber() + " " + data.year()
                    + " - balances are computed from the contributions recorded up to the date shown.");
        }

        private void amountLineAt(float x, float y, String label, long amount) throws IOException {
            text(regular, 8, x, y, label);
            textRight(regular, 8, x + 330, y, "Rp " + formatRupiah(amount));
        }

        private void labelled(float x, float y, String label, String value) throws IOException {
            text(regular, 8, x, y, label);
            text(bold, 9, x + 130, y, value);
        }

        private void text(PDFont font, float size, float x, float y, String value) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(printable(font, value));
            content.endText();
        }

        private void textRight(PDFont font, float size, float rightX, float y, String value) throws IOException {
            String printable = printable(font, value);
            text(font, size, rightX - font.getStringWidth(printable) / 1000 * size, y, printable);
        }

        private void textCentered(PDFont font, float size, float centreX, float y, String value) throws IOException {
            String printable = printable(font, value);
            text(font, size, centreX - font.getStringWidth(printable) / 2000 * size, y, printable);
        }

        private void line(float x1, float y1, float x2, float y2, float width) throws IOException {
            content.setLineWidth(width);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        }

        private void shade(float x, float y, float width, float height) throws IOException {
            content.setNonStrokingColor(0.92f, 0.94f, 0.97f);
            content.addRect(x, y, width, height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
    }

    private static String categoryLabel(ParticipantCategory category) {
        return category == ParticipantCategory.PU
                ? "PU - Penerima Upah (wage earner)"
                : "BPU - Bukan Penerima Upah (non-wage worker)";
    }

    private static List<Programme> programmesIn(List<MonthlyContribution> months) {
        Set<Programme> present = EnumSet.noneOf(Programme.class);
        months.forEach(month -> month.programmes().forEach(line -> present.add(line.programme())));
        return List.copyOf(present);
    }

    private static ProgrammeContribution find(MonthlyContribution month, Programme programme) {
        return month.programmes().stream().filter(line -> line.programme() == programme).findFirst().orElse(null);
    }

    /** Replaces what the standard font cannot show (e.g. non-Latin letters) with '?'. */
    static String printable(PDFont font, String value) {
        try {
            font.encode(value);
            return value;
        } catch (IOException | IllegalArgumentException e) {
            StringBuilder out = new StringBuilder(value.length());
            value.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException unencodable) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
