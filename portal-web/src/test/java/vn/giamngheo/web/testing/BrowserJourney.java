package vn.giamngheo.web.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A journey through the pages in a fresh headless Chromium for each test. */
public abstract class BrowserJourney extends DeployedPortal {
  protected Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(base.toString());
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
