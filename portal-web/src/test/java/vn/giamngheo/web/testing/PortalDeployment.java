package vn.giamngheo.web.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The portal's WAR as the build made it, for Arquillian to deploy into Payara Micro. */
public final class PortalDeployment {
  public static final String PASSWORD = "demo12345";

  private PortalDeployment() {}

  public static WebArchive war() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("portal.war")));
  }
}
