package com.csptransition.rules.scenario;

import com.csptransition.rules.IneligibilityReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reasons cell of a scenario: {@code none}, codes ({@code A, B}), or codes about subjects
 * ({@code A on sub-1, sub-2; B on contoso}); groups are separated by semicolons. A code without a subject matches
 * that code about any subject. Order does not matter; each expected reason matches one reason of the rules.
 */
record ExpectedReasons(List<Expected> reasons) {

    /** subject null: any subject. */
    record Expected(String code, String subject) {

        boolean matches(IneligibilityReason reason) {
            return code.equals(reason.code()) && (subject == null || same(subject, reason.subjectId()));
        }

        @Override
        public String toString() {
            return subject == null ? code : code + " on " + subject;
        }
    }

    /** What the rules gave that was not expected, and what was expected but not given. */
    record Difference(List<Expected> missing, List<IneligibilityReason> unexpected) {

        boolean none() {
            return missing.isEmpty() && unexpected.isEmpty();
        }
    }

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern ON = Pattern.compile("([A-Z][A-Z0-9_]*)\\s+on\\s+(.+)");

    static ExpectedReasons parse(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("reasons is empty: write the codes the rules must give, or none");
        }
        List<Expected> reasons = new ArrayList<>();
        if (text.equalsIgnoreCase("none")) {
            return new ExpectedReasons(reasons);
        }
        for (String group : text.split(";")) {
            Matcher on = ON.matcher(group.strip());
            if (on.matches()) {
                for (String subject : on.group(2).split(",")) {
                    reasons.add(new Expected(on.group(1), subject.strip()));
                }
            } else {
                for (String code : group.split(",")) {
                    if (!CODE.matcher(code.strip()).matches()) {
                        throw new IllegalArgumentException("reasons: '" + code.strip() + "' is not a reason code"
                                + " (UPPER_CASE) nor 'CODE on subject'");
                    }
                    reasons.add(new Expected(code.strip(), null));
                }
            }
        }
        return new ExpectedReasons(reasons);
    }

    /** Matches the reasons naming a subject first, so that a bare code does not take the reason they need. */
    Difference compare(List<IneligibilityReason> actual) {
        List<IneligibilityReason> left = new ArrayList<>(actual);
        List<Expected> missing = new ArrayList<>();
        List<Expected> ordered = new ArrayList<>(reasons);
        ordered.sort((a, b) -> Boolean.compare(a.subject() == null, b.subject() == null));
        for (Expected expected : ordered) {
            IneligibilityReason match = left.stream().filter(expected::matches).findFirst().orElse(null);
            if (match == null) {
                missing.add(expected);
            } else {
                left.remove(match);
            }
        }
        return new Difference(missing, left);
    }

    @Override
    public String toString() {
        return reasons.isEmpty() ? "none" : reasons.stream().map(Expected::toString).collect(Collectors.joining("; "));
    }

    /** The rules' reasons as a reasons cell would write them. */
    static String describe(List<IneligibilityReason> reasons) {
        return reasons.isEmpty() ? "none" : reasons.stream().map(r -> r.code() + " on " + r.subjectId())
                .collect(Collectors.joining("; "));
    }

    /** Subjects match whatever their case, and spaces, hyphens and underscores alike (CREATE_ORDERS, create orders). */
    private static boolean same(String written, String subject) {
        return subject != null && normal(written).equals(normal(subject));
    }

    private static String normal(String text) {
        return Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("[\\s_-]+")).collect(Collectors.joining("_"));
    }
}
