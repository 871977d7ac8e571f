package vn.giamngheo.web.tenant;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/** Makes a unit's pages post back to their own address, {@code /t/{unitCode}/{page}}. */
public class TenantViewHandler extends ViewHandlerWrapper {
  public TenantViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String page = TenantPages.pageOf(viewId);
    Object code =
        context.getExternalContext().getRequestMap().get(TenantPageServlet.UNIT_CODE_ATTRIBUTE);
    if (page == null || code == null) {
      return super.getActionURL(context, viewId);
    }
    return context.getExternalContext().getRequestContextPath()
        + TenantPages.address(code.toString(), page);
  }
}
