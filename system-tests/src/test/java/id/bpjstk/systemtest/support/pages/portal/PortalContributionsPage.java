package id.bpjstk.systemtest.support.pages.portal;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import id.bpjstk.systemtest.support.BrowserDownload;
import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/**
 * The contribution history ({@code /contributions}): the month filter ("Dari bulan", "Sampai bulan", "Tampilkan"),
 * the chart of the range, the table of one page of months, the pager and the CSV download.
 */
public final class PortalContributionsPage extends PortalPage {

    /** A row of the table as she reads it: the month's {@code YYYY-MM}, then the cells' texts. */
    public record Row(String period, String month, String wage, List<String> programmes, String total) {
    }

    /** A bar of the chart: its month and the total it stands for. */
    public record Bar(String period, long total) {
    }

    public PortalContributionsPage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    /**
     * Types the two months ({@code YYYY-MM}) into the filter's month fields as a person does (the month, then Tab to
     * the year) and shows that range.
     */
    public void filter(String from, String to) {
        typeMonth(By.id("from"), from);
        typeMonth(By.id("to"), to);
        String before = browser.currentUri().toString();
        browser.driver().findElement(By.cssSelector("[data-testid=show]")).click();
        browser.await("the filtered page", driver -> !browser.currentUri().toString().equals(before)
                && !driver.findElements(By.tagName("h1")).isEmpty());
    }

    private void typeMonth(By field, String month) {
        WebElement input = browser.driver().findElement(field);
        String[] parts = month.split("-");
        input.sendKeys(parts[1] + Keys.TAB + parts[0]);
        String value = input.getAttribute("value");
        if (!month.equals(value)) {
            throw new AssertionError("the month field " + field + " shows " + value + " after typing " + month);
        }
    }

    /** The range shown ("Iuran Januari 2024 sampai Desember 2024"). */
    public String range() {
        return field("range");
    }

    public List<String> columns() {
        return browser.driver().findElements(By.cssSelector("table.data thead th")).stream().map(WebElement::getText).toList();
    }

    public List<Row> rows() {
        return browser.driver().findElements(By.cssSelector("table.data tbody tr")).stream().map(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            return new Row(row.getAttribute("data-period"), row.findElement(By.tagName("th")).getText(),
                    cells.get(0).getText(), cells.subList(1, cells.size() - 1).stream().map(WebElement::getText).toList(),
                    cells.get(cells.size() - 1).getText());
        }).toList();
    }

    public WebElement chart() {
        return browser.awaitVisible(By.cssSelector("svg[data-testid=chart]"));
    }

    /** What the chart says it shows: the text of its {@code <title>} and {@code <desc>}, which name it. */
    public String chartName() {
        WebElement chart = chart();
        return chart.findElement(By.id("chart-title")).getAttribute("textContent") + " "
                + chart.findElement(By.id("chart-desc")).getAttribute("textContent");
    }

    public List<Bar> bars() {
        return chart().findElements(By.cssSelector("rect.bar")).stream()
                .map(bar -> new Bar(bar.getAttribute("data-period"), Long.parseLong(bar.getAttribute("data-total"))))
                .toList();
    }

    public String pagePosition() {
        return field("page-position");
    }

    public void nextPage() {
        String before = browser.currentUri().toString();
        browser.driver().findElement(By.cssSelector("[data-testid=next-page]")).click();
        browser.await("the next page", driver -> !browser.currentUri().toString().equals(before));
    }

    /** The error at a month field ({@code from} or {@code to}), or null. */
    public String error(String fieldId) {
        List<WebElement> errors = browser.driver().findElements(By.id(fieldId + "-error"));
        return errors.isEmpty() ? null : errors.get(0).getText();
    }

    public WebElement input(String fieldId) {
        return browser.driver().findElement(By.id(fieldId));
    }

    /** Scrolls the part into view, for a screenshot of it. */
    public void scrollTo(By part) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.awaitVisible(part));
    }

    /** "Unduh CSV": the file, fetched with this browser's session. */
    public BrowserDownload.Download downloadCsv() {
        String href = browser.driver().findElement(By.cssSelector("[data-testid=csv-link]")).getAttribute("href");
        return BrowserDownload.get(browser, URI.create(href));
    }
}
