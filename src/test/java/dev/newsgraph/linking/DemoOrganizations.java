package dev.newsgraph.linking;

import java.util.List;

/** The demo organizations used against the Kaspersky sample. */
final class DemoOrganizations {

    static final long KASPERSKY_LAB = 1;
    static final long US_DEPARTMENT_OF_COMMERCE = 2;
    static final long CNN = 3;
    static final long MCAFEE = 4;
    static final long SYMANTEC = 5;
    static final long MICROSOFT = 6;

    private DemoOrganizations() {
    }

    static List<OrganizationNames> all() {
        return List.of(
                OrganizationNames.of(KASPERSKY_LAB, "Kaspersky Lab", "Kaspersky"),
                OrganizationNames.of(US_DEPARTMENT_OF_COMMERCE, "US Department of Commerce",
                        "Commerce Department", "Department of Commerce"),
                OrganizationNames.of(CNN, "CNN"),
                OrganizationNames.of(MCAFEE, "McAfee"),
                OrganizationNames.of(SYMANTEC, "Symantec"),
                OrganizationNames.of(MICROSOFT, "Microsoft"));
    }

    static Gazetteer gazetteer() {
        return Gazetteer.build(all());
    }
}
