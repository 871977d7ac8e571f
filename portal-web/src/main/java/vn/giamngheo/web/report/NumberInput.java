package vn.giamngheo.web.report;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.giamngheo.web.i18n.LocaleSelection;
import vn.giamngheo.web.i18n.Messages;

/**
 * Numbers as people here type them: {@code 1.234.567} (dots group thousands), {@code 5,19} (a comma
 * before the decimals), or plainly {@code 1234567} and {@code 5.19}. Shown the Vietnamese way.
 */
@FacesConverter(value = "numberInput", managed = true)
public class NumberInput implements Converter<BigDecimal> {
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
  private static final Locale VIETNAMESE = new Locale("vi", "VN");

  @Inject Messages messages;
  @Inject LocaleSelection locale;

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return parse(text);
    } catch (NumberFormatException e) {
      String problem = messages.get(locale.getLocale(), "report.notANumber", text.strip());
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, problem));
    }
  }

  static BigDecimal parse(String text) {
    String s = text.strip().replace(" ", "").replace("\u00a0", "");
    if (s.contains(",")) {
      s = s.replace(".", "").replace(',', '.');
    } else if (GROUPED.matcher(s).matches()) {
      s = s.replace(".", "");
    }
    return new BigDecimal(s);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    if (value == null) {
      return "";
    }
    return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(VIETNAMESE))
        .format(value);
  }
}
