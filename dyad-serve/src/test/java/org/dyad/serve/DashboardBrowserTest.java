package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver), as a user
 * uses it: load the page, change a filter, open an event, read what it shows, with mouse and keyboard.
 * Without the browser on the machine these tests are skipped, unless -Ddyad.requireBrowser=true
 * (.ci/run installs it and sets that).
 */
class DashboardBrowserTest {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");
  static WebDriver browser;
  static String base;

  @BeforeAll
  static void open() throws Exception {
    boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
    if (Boolean.getBoolean("dyad.requireBrowser")) {
      assertThat(present).as("chromium and chromedriver (apt-get install chromium chromium-driver)").isTrue();
    }
    Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
    base = Fixture.served().base();
    Path profile = Files.createTempDirectory("dyad-chromium");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--force-prefers-reduced-motion", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void home() {
    load("/");
  }

  static void load(String path) {
    browser.get(base + path);
    settle();
  }

  /** Waits until the page has drawn and no request is pending. */
  static void settle() {
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
      Object state = ((JavascriptExecutor) d).executeScript(
          "return document.body.dataset.ready === 'yes' && document.body.dataset.loading !== 'yes'");
      return Boolean.TRUE.equals(state);
    });
  }

  static WebElement find(String css) {
    return browser.findElement(By.cssSelector(css));
  }

  static List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#events tbody tr"));
  }

  static int apiTotal(String query) throws Exception {
    return Fixture.get(base, "/api/events?" + query).json().path("total").asInt();
  }

  @Test
  void thePageShowsTheStoreInEveryPanel() throws Exception {
    assertThat(find("#stats").getText()).contains("3 articles").contains("1 undated");
    int total = apiTotal("");
    assertThat(find("#events").getAttribute("data-total")).isEqualTo(Integer.toString(total));
    assertThat(rows()).hasSize(Math.min(total, 25));
    assertThat(Integer.parseInt(find("#timeline").getAttribute("data-periods"))).isGreaterThanOrEqualTo(4);
    assertThat(find("#timeline canvas").isDisplayed()).isTrue();
    assertThat(find("#undated").getText()).startsWith("1 undated event");
    assertThat(Integer.parseInt(find("#network").getAttribute("data-nodes"))).isGreaterThanOrEqualTo(5);
    assertThat(Integer.parseInt(find("#map").getAttribute("data-markers"))).isPositive();
    assertThat(Integer.parseInt(find("#map").getAttribute("data-countries"))).isGreaterThan(150);
    assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive"))).isNotEmpty();
    assertThat(find("#error").isDisplayed()).isFalse();
    Files.write(Path.of("target", "dashboard-test.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aFilterChangesTheTableAndTheUrl() throws Exception {
    find("#f-a").sendKeys("rus");
    find("#f-b").sendKeys("TUR");
    find("#apply").click();
    settle();
    assertThat(browser.getCurrentUrl()).contains("a=RUS").contains("b=TUR");
    int total = apiTotal("dyad=RUS,TUR");
    assertThat(find("#events").getAttribute("data-total")).isEqualTo(Integer.toString(total));
    for (WebElement row : rows()) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      String pair = cells.get(1).getText().substring(0, 3) + cells.get(2).getText().substring(0, 3);
      assertThat(pair).isIn("RUSTUR", "TURRUS");
    }
    // a quad-class checkbox applies at once
    find("input[name=quad][value='3']").click();
    settle();
    assertThat(browser.getCurrentUrl()).contains("quad=3");
    assertThat(find("#events").getAttribute("data-total")).isEqualTo(Integer.toString(apiTotal("dyad=RUS,TUR&quad=3")));
    // the URL is the view: opening it again gives the same filters
    String url = browser.getCurrentUrl();
    browser.get(url);
    settle();
    assertThat(find("#f-a").getAttribute("value")).isEqualTo("RUS");
    assertThat(find("input[name=quad][value='3']").isSelected()).isTrue();
  }

  @Test
  void clickingAnEventShowsItsSentenceWithSourceTargetAndTriggerMarkedAndTheRule() throws Exception {
    load("/?a=TUR&b=RUS&q=accused");
    List<WebElement> rows = rows();
    assertThat(rows).hasSize(1);
    rows.get(0).click();
    settle();
    WebElement detail = find("#detail");
    assertThat(detail.isDisplayed()).isTrue();
    assertThat(detail.findElement(By.cssSelector(".sentence")).getText()).contains("Turkey accused Russia on Tuesday");
    assertThat(detail.findElement(By.cssSelector("mark.source")).getText()).isEqualTo("Turkey");
    assertThat(detail.findElement(By.cssSelector("mark.target")).getText()).isEqualTo("Russia");
    assertThat(detail.findElement(By.cssSelector("mark.trigger")).getText()).isEqualTo("accused");
    assertThat(detail.findElement(By.cssSelector(".rule")).getText()).contains("verbs.txt:");
    assertThat(browser.getCurrentUrl()).contains("event=");
  }

  @Test
  void theTableIsUsableWithTheKeyboard() throws Exception {
    load("/?a=TURMIL");
    WebElement row = rows().get(0);
    row.sendKeys(Keys.ENTER); // rows are in the tab order; Enter opens one
    settle();
    WebElement detail = find("#detail");
    assertThat(detail.isDisplayed()).isTrue();
    assertThat(detail.findElement(By.cssSelector("mark.trigger")).getText()).isEqualTo("shelled");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("detail");
    browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    assertThat(detail.isDisplayed()).isFalse();
    assertThat(browser.switchTo().activeElement().getAttribute("data-event")).isEqualTo(row.getAttribute("data-event"));
  }

  @Test
  void aClickOnATimelineBarListsThatPeriodAndOpensItsOnlyEvent() throws Exception {
    load("/?a=TURMIL&by=month");
    WebElement chart = find("#timeline");
    @SuppressWarnings("unchecked")
    List<Number> xy = (List<Number>) ((JavascriptExecutor) browser).executeScript(
        "return timeline.convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, ['2024-06', 0.5]);");
    new Actions(browser).moveToElement(chart, xy.get(0).intValue() - chart.getSize().getWidth() / 2,
        xy.get(1).intValue() - chart.getSize().getHeight() / 2).click().perform();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("period="));
    settle();
    assertThat(browser.getCurrentUrl()).contains("period=2024-06");
    assertThat(find("#period-label").getText()).isEqualTo("2024-06");
    assertThat(find("#events").getAttribute("data-total")).isEqualTo("1");
    assertThat(find("#detail").isDisplayed()).isTrue();
    assertThat(find("#detail mark.trigger").getText()).isEqualTo("shelled");
    find("#all-periods").click();
    settle();
    assertThat(browser.getCurrentUrl()).doesNotContain("period=");
  }

  @Test
  void aSharedLinkOpensTheEvent() throws Exception {
    JsonNode e = Fixture.get(base, "/api/events?q=shelled").json().path("events").get(0);
    load("/?event=" + e.path("event_id").asText());
    assertThat(find("#detail").isDisplayed()).isTrue();
    assertThat(find("#detail .sentence").getText()).contains("shelled Syrian government positions");
  }
}
