package vn.giamngheo.web.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test that calls the portal deployed in Payara Micro with its demo data, from outside. */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedPortal {
  protected static final String PASSWORD = PortalDeployment.PASSWORD;

  @ArquillianResource protected URL base;

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return PortalDeployment.war();
  }
}
