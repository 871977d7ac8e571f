package vn.giamngheo.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends e-mail through the SMTP server the operator configures; without one it sends nothing. */
@ApplicationScoped
public class Mailer {
  @Inject
  @ConfigProperty(name = "portal.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "portal.mail.from", defaultValue = "giamngheo@localhost")
  String from;

  public boolean isConfigured() {
    return host.isPresent();
  }

  public void send(List<String> to, String subject, String body) throws MessagingException {
    if (!isConfigured() || to.isEmpty()) {
      return;
    }
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.get());
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress(from));
    for (String address : to) {
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
    }
    message.setSubject(subject, "UTF-8");
    message.setText(body, "UTF-8");
    Transport.send(message);
  }
}
