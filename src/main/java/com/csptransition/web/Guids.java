package com.csptransition.web;

import java.util.Locale;

/**
 * A GUID is the same GUID in any case (RFC 9562): Partner Center's own documentation writes tenant ids in upper case,
 * Azure AD and this service in lower case. Every GUID this service keeps is lower case, and a GUID a client sends, in
 * any case, is taken in lower case at the door (path, query, JSON body, import). Ids that are not GUIDs (the demo's
 * "litware-intune") are opaque and compared exactly.
 */
public final class Guids {

    private static final int LENGTH = 36;

    private Guids() {
    }

    /** 8-4-4-4-12 hexadecimal digits, in any case. */
    public static boolean isGuid(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean hyphenPlace = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphenPlace ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** ASCII only: Character.digit would take other scripts' digits too. */
    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** The stored form: a GUID in lower case; anything else as it is (null stays null). */
    public static String canonical(String value) {
        return isGuid(value) ? value.toLowerCase(Locale.ROOT) : value;
    }
}
