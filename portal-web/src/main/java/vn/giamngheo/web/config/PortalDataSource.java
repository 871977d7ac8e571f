package vn.giamngheo.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The runtime connection pool. It connects as the runtime role (PORTAL_DB_USER), which owns no
 * table and is subject to row-level security; migrations use the owner role separately.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/portal",
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=portal.db.url}",
    user = "${MPCONFIG=portal.db.user}",
    password = "${MPCONFIG=portal.db.password}",
    minPoolSize = 2,
    maxPoolSize = 30)
@ApplicationScoped
public class PortalDataSource {}
