package vn.giamngheo.domain.overview;

import java.util.List;
import vn.giamngheo.tenancy.identity.UserAccount;
import vn.giamngheo.tenancy.unit.AdminUnit;

/** What a commune sees of itself on its dashboard: its villages and its staff. */
public record CommuneCard(AdminUnit commune, List<AdminUnit> villages, List<UserAccount> staff) {}
