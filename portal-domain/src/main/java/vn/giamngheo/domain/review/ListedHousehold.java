package vn.giamngheo.domain.review;

import vn.giamngheo.domain.standard.PovertyStatus;

/**
 * A household as a public list shows it: its code, head, address and village, the status it is
 * proposed or recognised for, the deprivations behind it, and the status of the year before.
 */
public record ListedHousehold(
    long householdId,
    String code,
    String headName,
    String address,
    String ethnicity,
    long villageId,
    PovertyStatus status,
    String deprivations,
    PovertyStatus before) {}
