package vn.giamngheo.web.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by Debian's chromedriver (never a downloaded browser). */
public final class Browser implements AutoCloseable {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final WebDriver driver;
  private final String base;

  public Browser(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=vi-VN",
        "--window-size=1280,900",
        "--user-data-dir=" + freshProfile());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    driver = new ChromeDriver(service, options);
  }

  private static Path freshProfile() {
    try {
      return Files.createTempDirectory("chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Browser open(String path) {
    driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
    return this;
  }

  public WebElement find(String id) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  public String text(String id) {
    return find(id).getText();
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String path() {
    return driver.getCurrentUrl().substring(base.length() - 1);
  }

  public String cookie(String name) {
    var cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /** Signs in on the current unit's sign-in page and waits for the next page. */
  public Browser signIn(String username, String password) {
    WebElement user = find("signin:username");
    user.clear();
    user.sendKeys(username);
    find("signin:password").sendKeys(password);
    click("signin:submit");
    return this;
  }

  /** Clicks an element that leads to a new page, and waits until that page has loaded. */
  public void click(String id) {
    click(find(id));
  }

  /** Clicks {@code element}, which leads to a new page, and waits until that page has loaded. */
  public void click(WebElement element) {
    WebElement page = driver.findElement(By.tagName("html"));
    element.click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(d -> isGone(page));
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException gone) {
      return true;
    }
  }

  /** The editable area of the rich text editor {@code id} (a p:textEditor), emptied. */
  public WebElement emptyEditor(String id) {
    WebElement area = find(id).findElement(By.cssSelector(".ql-editor"));
    area.click();
    area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    return area;
  }

  /** Clicks a button of the toolbar of the rich text editor {@code id}, e.g. {@code ql-bold}. */
  public void editorButton(String id, String cssSelector) {
    find(id).findElement(By.cssSelector(".ui-editor-toolbar " + cssSelector)).click();
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
