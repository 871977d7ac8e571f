package vn.giamngheo.domain.household;

import java.util.List;

/**
 * A household's full record as the viewer may see it: its members (ID numbers whole only for the
 * owning commune's staff and leader), its status of each year, newest first, and whether the viewer
 * may change it.
 */
public record HouseholdRecord(
    Household household,
    String villageName,
    List<MemberLine> members,
    List<RecognisedStatus> history,
    boolean editable) {}
